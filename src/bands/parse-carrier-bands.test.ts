import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBandfitError } from '../errors.js';
import { noteBands } from './carrier-text/note-bands.js';
import { parseCarrierBands, type CarrierTextContext } from './parse-carrier-bands.js';
import { findBand } from './registry.js';

const require = createRequire(import.meta.url);

/** Band ids of every read token, in order. */
const ids = (text: string, ctx: CarrierTextContext) => parseCarrierBands(text, ctx).tokens.flatMap((t) => t.bands);
const one = (text: string, ctx: CarrierTextContext) => parseCarrierBands(text, ctx).tokens[0]?.bands;

describe('parseCarrierBands: United States by carrier', () => {
  const att = { country: 'US', carrier: 'AT&T / AT&T Mobility', mccmnc: '310-410' };
  const vzw = { country: 'US', carrier: 'Verizon / Verizon Wireless', mccmnc: '311-480' };
  const tmo = { country: 'US', carrier: 'T-Mobile / T-Mobile US', mccmnc: '310-260' };
  const small = { country: 'US', carrier: 'Pine Belt Wireless', mccmnc: '311-670' };
  it('700 MHz: AT&T B12/B14/B17, Verizon B13, T-Mobile and others B12', () => {
    expect(one('LTE 700', att)).toEqual(['B12', 'B14', 'B17']);
    expect(one('LTE 700', vzw)).toEqual(['B13']);
    expect(one('LTE 700', tmo)).toEqual(['B12']);
    expect(one('LTE 700', small)).toEqual(['B12']);
  });
  it('600, 850, 1900, AWS, WCS and 2.5 GHz', () => {
    expect(ids('LTE 600 / 5G 600', tmo)).toEqual(['B71', 'n71']);
    expect(one('LTE 850', att)).toEqual(['B5']);
    expect(one('LTE 850', tmo)).toEqual(['B26']);
    expect(one('LTE 1900', tmo)).toEqual(['B2', 'B25']);
    expect(one('LTE 1900', att)).toEqual(['B2']);
    expect(one('LTE 1700', vzw)).toEqual(['B4', 'B66']);
    expect(one('LTE 2300', att)).toEqual(['B30']);
    expect(one('TD-LTE 2500', tmo)).toEqual(['B41']);
    expect(ids('5G 850 / 5G 3700 / 5G 28000 / 5G 39000', vzw)).toEqual(['n5', 'n77', 'n261', 'n260']);
  });
  it('US territories follow the FCC plan; T-Mobile is recognised in Puerto Rico', () => {
    expect(one('LTE 700', { country: 'PR', carrier: 'Liberty' })).toEqual(['B12']);
    expect(one('LTE 1900', { country: 'PR', carrier: 'T-Mobile / T-Mobile US', mccmnc: '310-260' })).toEqual(['B2', 'B25']);
  });
  it('GSM, UMTS and CDMA names', () => {
    expect(ids('GSM 850 / GSM 1900 / UMTS 850 / UMTS 1900 / UMTS 1700 / CDMA 850 / CDMA 1900', small))
      .toEqual(['GSM850', 'GSM1900', 'U5', 'U2', 'U4', 'BC0', 'BC1']);
  });
});

describe('parseCarrierBands: Japan', () => {
  const docomo = { country: 'JP', carrier: 'NTT docomo', mccmnc: '440-10' };
  const au = { country: 'JP', carrier: 'au / KDDI Corporation', mccmnc: '440-50' };
  const sb = { country: 'JP', carrier: 'SoftBank', mccmnc: '440-20' };
  it('700/850/1500/3500 by operator', () => {
    expect(ids('LTE 700 / LTE 850 / LTE 1500 / TD-LTE 3500', docomo)).toEqual(['B28', 'B19', 'B21', 'B42']);
    expect(ids('LTE 700 / LTE 850 / LTE 1500 / TD-LTE 2500', au)).toEqual(['B28', 'B18', 'B11', 'B41']);
    expect(ids('LTE 900 / LTE 1500', sb)).toEqual(['B8', 'B11']);
  });
  it('5G: n78, n79, n77 and n257; UMTS 800 is band XIX on docomo', () => {
    expect(ids('5G 3500 / 5G 4700 / 5G 28000 / UMTS 850', docomo)).toEqual(['n78', 'n79', 'n257', 'U19']);
    expect(ids('5G 800 / 5G 3700', au)).toEqual(['n18', 'n77', 'n78']);
    expect(ids('5G 3700', sb)).toEqual(['n77']);
  });
  it('an unknown Japanese network on 850 stays unread', () => {
    const result = parseCarrierBands('LTE 850', { country: 'JP', carrier: 'Someone' });
    expect(result.tokens).toEqual([]);
    expect(result.unread[0]).toMatchObject({ token: 'LTE 850', kind: 'ambiguous' });
  });
});

describe('parseCarrierBands: China, India, Europe', () => {
  it('China Mobile TD-LTE, TD-SCDMA and 5G', () => {
    const cm = { country: 'CN', carrier: 'China Mobile', mccmnc: '460-00' };
    expect(ids('TD-SCDMA 1900 / TD-SCDMA 2000 / TD-LTE 1900 / TD-LTE 2300 / TD-LTE 2500 / 5G 700 / 5G 2500', cm))
      .toEqual(['TD39', 'TD34', 'B39', 'B40', 'B41', 'n28', 'n41']);
    expect(ids('LTE 850 / LTE 1800 / 5G 2100 / 5G 3500 / 5G 4900', { country: 'CN', carrier: 'China Telecom' }))
      .toEqual(['B5', 'B3', 'n1', 'n78', 'n79']);
    expect(one('CDMA2000 800', { country: 'CN', carrier: 'China Telecom' })).toEqual(['BC0']);
  });
  it('India: Jio 850/1800/2300, Vi TD-LTE 2500', () => {
    expect(ids('LTE 850 / LTE 1800 / TD-LTE 2300', { country: 'IN', carrier: 'Jio' })).toEqual(['B5', 'B3', 'B40']);
    expect(ids('TD-LTE-2300 / TD-LTE 2500', { country: 'IN', carrier: 'Vi India' })).toEqual(['B40', 'B41']);
  });
  it('Europe: 700 B28, 800 B20, 1500 SDL B32, 2600 FDD B7 vs TDD B38, 3700 B43', () => {
    expect(ids('LTE 700 / LTE 800 / LTE 1500 / LTE 2600 / TD-LTE 2600 / TD-LTE 3700', { country: 'IT' }))
      .toEqual(['B28', 'B20', 'B32', 'B7', 'B38', 'B43']);
    expect(ids('5G 700 / 5G 2100 / 5G 3500 / 5G 26000 / TD-5G 2600', { country: 'DE' })).toEqual(['n28', 'n1', 'n78', 'n258', 'n38']);
  });
  it('the Americas outside the US: APT 700 where adopted, unread where operators differ', () => {
    expect(one('LTE 700', { country: 'BR' })).toEqual(['B28']);
    expect(parseCarrierBands('LTE 700', { country: 'JM' }).unread[0]?.kind).toBe('ambiguous');
    expect(one('LTE 700', { country: 'JM', notes: 'LTE bands 17 / 2' })).toEqual(['B17']);
  });
});

describe('parseCarrierBands: words that are not bands', () => {
  it('bare technologies, MVNO, other systems and typos', () => {
    const result = parseCarrierBands('LTE / MVNO / WiMAX 3500 / GSM-R 900 / Unknown / UTMS 2100 / TD-LTE 2600 MHz / LTE450', { country: 'AT' });
    expect(result.tokens.map((t) => t.bands)).toEqual([['U1'], ['B38']]);
    expect(result.unread.map((u) => u.kind)).toEqual(['tech-only', 'no-radio', 'other-tech', 'other-tech', 'unknown', 'ambiguous']);
    expect(parseCarrierBands('CBRS', { country: 'US' }).tokens[0]?.bands).toEqual(['B48']);
  });
  it('throws only BandfitError on misuse', () => {
    expect(() => parseCarrierBands(undefined as unknown as string, { country: 'US' })).toThrow(/string/);
    expect(() => parseCarrierBands('LTE 800', undefined as unknown as CarrierTextContext)).toThrow(/country/);
  });
});

describe('parseCarrierBands: properties', () => {
  const arbText = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom('GSM', 'LTE', 'TD-LTE', '5G', 'TD-5G', 'UMTS', 'CDMA', 'MVNO', '900', '28000', 'x', '-', ' ', '/'), { maxLength: 12 }).map((parts) => parts.join(' ')),
  );
  const arbCtx = fc.record({ country: fc.constantFrom('US', 'JP', 'CN', 'DE', 'BR', 'JM', 'AU/CC/CX', 'GE-AB', '', 'zz'), carrier: fc.option(fc.string(), { nil: undefined }), notes: fc.option(fc.string(), { nil: undefined }) });
  it('never throws anything but BandfitError, and only returns registry bands', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (text, ctx) => {
      try {
        parseCarrierBands(text as string, ctx as CarrierTextContext);
      } catch (error) {
        expect(isBandfitError(error)).toBe(true);
      }
    }));
    fc.assert(fc.property(arbText, arbCtx, (text, ctx) => {
      for (const token of parseCarrierBands(text, ctx).tokens) for (const id of token.bands) expect(findBand(id)).toBeDefined();
    }));
  });
  it('is deterministic', () => {
    fc.assert(fc.property(arbText, arbCtx, (text, ctx) => {
      expect(parseCarrierBands(text, ctx)).toEqual(parseCarrierBands(text, ctx));
    }));
  });
});

describe('parseCarrierBands: against the operators’ own notes', () => {
  it('regional rules agree with the band numbers written in mcc-mnc-list notes', () => {
    let agree = 0;
    const overlapsOnly: string[] = [];
    for (const row of require('mcc-mnc-list').all()) {
      if (row.status !== 'Operational' || !row.bands || !noteBands(row.notes).lte.length) continue;
      const ctx = { country: row.countryCode ?? '', carrier: [row.brand, row.operator].filter(Boolean).join(' / '), mccmnc: `${row.mcc}-${row.mnc}` };
      const told = parseCarrierBands(row.bands, { ...ctx, notes: row.notes }).tokens;
      for (const token of parseCarrierBands(row.bands, ctx).tokens) {
        const byNotes = told.find((t) => t.token === token.token && t.rule === 'notes');
        if (!byNotes || token.tech !== 'LTE') continue;
        if (token.bands.some((id) => byNotes.bands.includes(id))) agree++;
        else overlapsOnly.push(`${row.mcc}-${row.mnc} ${token.bands} vs ${byNotes.bands}`);
        // Where the ids differ, the frequencies still overlap (B17 is inside B12, B26 holds B5).
        for (const id of byNotes.bands) {
          const [lo, hi] = findBand(id)!.dl;
          expect(token.bands.some((own) => findBand(own)!.dl[0] < hi && findBand(own)!.dl[1] > lo)).toBe(true);
        }
      }
    }
    expect(agree).toBeGreaterThan(150);
    expect(overlapsOnly.length).toBeLessThanOrEqual(3);
  });
});
