import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { deriveCarriers } from './derive-carriers.js';
import { resolveCarriers } from './resolve-carriers.js';
import type { CuratedCarrier } from './types.js';

const source = [{ title: 'Test source', ref: 'row 1' }];
const mno: CuratedCarrier = {
  id: 'us-t-mobile', country: 'US', name: 'T-Mobile', aliases: ['Magenta'], mccmnc: ['310-260'], kind: 'mno',
  lte: [{ band: 'B71', layer: 'coverage' }, { band: 'B2', layer: 'capacity' }], nr: [{ band: 'n41', layer: 'capacity' }],
  gsm: { state: 'off', date: '2024' }, umts: { state: 'off', date: '2022-07' }, volteRequired: true, sources: source, checked: '2026-11-01',
};
const mvno: CuratedCarrier = { id: 'us-mint-mobile', country: 'US', name: 'Mint Mobile', kind: 'mvno', host: 'us-t-mobile', sources: source, checked: '2026-11-01' };
const derived = deriveCarriers([
  { countryCode: 'US', mcc: '310', mnc: '260', brand: 'T-Mobile', operator: 'T-Mobile US', status: 'Operational', bands: 'LTE 600', notes: null },
  { countryCode: 'US', mcc: '310', mnc: '120', brand: 'T-Mobile', operator: 'T-Mobile US', status: 'Operational', bands: 'LTE 850', notes: null },
  { countryCode: 'US', mcc: '311', mnc: '670', brand: 'Pine Belt Wireless', operator: null, status: 'Operational', bands: 'LTE 700', notes: null },
], { asOf: '2026-11-23', curated: [mno, mvno] });

describe('resolveCarriers', () => {
  const carriers = resolveCarriers([mno, mvno], derived);
  const byId = (id: string) => carriers.find((c) => c.id === id)!;

  it('curated wins and keeps the MCC-MNC codes of both', () => {
    const tmo = byId('us-t-mobile');
    expect(tmo.origin).toBe('curated');
    expect(tmo.lte.map((b) => b.band)).toEqual(['B71', 'B2']);
    expect(tmo.mccmnc).toEqual(['310-120', '310-260']);
    expect(tmo.cdma).toEqual({ state: 'unknown' });
    expect(tmo.volteRequired).toBe(true);
  });
  it('an MVNO takes its host network’s bands and switch-offs under its own name', () => {
    const mint = byId('us-mint-mobile');
    expect(mint).toMatchObject({ kind: 'mvno', host: 'us-t-mobile', name: 'Mint Mobile', origin: 'curated' });
    expect(mint.lte).toEqual(byId('us-t-mobile').lte);
    expect(mint.gsm).toEqual({ state: 'off', date: '2024' });
    expect(mint.sources[0]).toEqual(source[0]);
  });
  it('keeps derived networks with no curated record', () => {
    expect(byId('us-pine-belt-wireless')).toMatchObject({ origin: 'derived', lte: [{ band: 'B12', layer: 'coverage' }] });
  });
  it('rejects corrupt curated records, naming file and record', () => {
    const bad = (record: CuratedCarrier, message: RegExp) => {
      try {
        resolveCarriers([{ record, file: 'data/carriers/us.json' }], derived);
        expect.unreachable();
      } catch (error) {
        expect((error as BandfitError).code).toBe('E_CORRUPT_DATA');
        expect((error as Error).message).toMatch(/data\/carriers\/us\.json: [a-z]{2}-/);
        expect((error as Error).message).toMatch(message);
      }
    };
    bad({ ...mno, lte: [{ band: 'B999', layer: 'coverage' }] }, /B999/);
    bad({ ...mno, nr: [{ band: 'B3', layer: 'capacity' }] }, /not a NR band/);
    bad({ ...mno, gsm: { state: 'active', bands: ['GSM901'] } }, /GSM901/);
    bad({ ...mvno, host: 'us-nobody' }, /host "us-nobody"/);
    bad({ ...mno, id: 'de-t-mobile' }, /country/);
    expect(() => resolveCarriers([mno, mno], derived)).toThrow(/twice/);
  });
});
