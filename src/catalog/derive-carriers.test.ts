import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { layerOf } from './band-layer.js';
import { deriveCarriers, type MccMncRecord } from './derive-carriers.js';

const require = createRequire(import.meta.url);
const row = (over: Partial<MccMncRecord>): MccMncRecord => ({
  countryCode: 'US', mcc: '310', mnc: '000', brand: null, operator: null, status: 'Operational', bands: '', notes: null, ...over,
});

describe('deriveCarriers', () => {
  const rows = [
    row({ mnc: '260', brand: 'T-Mobile', operator: 'T-Mobile US', bands: 'GSM 1900 / LTE 600 / LTE 700 / LTE 1900 / 5G 2500', notes: 'UMTS shut down July 2022, GSM to shut down Apr 2024.' }),
    row({ countryCode: 'PR', mnc: '260', brand: 'T-Mobile', operator: 'T-Mobile US', bands: 'LTE 600 / LTE 1900' }),
    row({ countryCode: 'VI', mnc: '120', brand: 'T-Mobile', operator: 'T-Mobile US', bands: 'LTE 850', notes: 'CDMA shut down May 2022' }),
    row({ mnc: '120', brand: 'T-Mobile', operator: 'T-Mobile US', bands: 'LTE 850 / LTE 1900' }),
    row({ countryCode: 'IN', mcc: '405', mnc: '840', brand: 'Jio', operator: 'West Bengal', bands: 'LTE 850 / LTE 1800 / TD-LTE 2300' }),
    row({ countryCode: 'IN', mcc: '405', mnc: '854', brand: 'Jio', operator: 'Andhra Pradesh', bands: 'LTE 1800 / TD-LTE 2300' }),
    row({ countryCode: 'HK', mcc: '454', mnc: '24', operator: 'Multibyte Info Technology Ltd', bands: 'MVNO' }),
    row({ mnc: '999', brand: 'Gone', bands: 'GSM 850', status: 'Not operational' }),
  ];
  const carriers = deriveCarriers(rows, { version: '1.1.11', asOf: '2026-11-23' });
  const tmo = carriers.find((c) => c.id === 'us-t-mobile')!;

  it('merges one network across codes and territories', () => {
    expect(carriers.map((c) => c.id)).toEqual(['hk-multibyte-info-technology-ltd', 'in-jio', 'us-t-mobile']);
    expect(tmo.mccmnc).toEqual(['310-120', '310-260']);
    expect(tmo.territories).toEqual(['PR', 'VI']);
    expect(carriers.find((c) => c.id === 'in-jio')!.mccmnc).toEqual(['405-840', '405-854']);
  });
  it('keeps LTE/NR bands with a layer by frequency', () => {
    expect(tmo.lte.map((b) => `${b.band}:${b.layer}`)).toEqual(['B2:capacity', 'B12:coverage', 'B25:capacity', 'B26:coverage', 'B71:coverage']);
    expect(tmo.nr.map((b) => b.band)).toEqual(['n41']);
    expect(layerOf('n78')).toBe('capacity');
    expect(layerOf('B20')).toBe('coverage');
  });
  it('reads switch-offs from notes against the build date; unknown when not said', () => {
    expect(tmo.gsm).toMatchObject({ state: 'off', date: '2024-04', bands: ['GSM1900'] });
    expect(tmo.umts).toMatchObject({ state: 'off', date: '2022-07' });
    expect(tmo.cdma).toMatchObject({ state: 'off', date: '2022-05' });
    expect(tmo.tdscdma).toEqual({ state: 'unknown' });
    const early = deriveCarriers(rows, { asOf: '2023-01-01' }).find((c) => c.id === 'us-t-mobile')!;
    expect(early.gsm).toMatchObject({ state: 'ending', date: '2024-04' });
  });
  it('cites the package and marks MVNOs', () => {
    expect(tmo.sources).toEqual([{ title: 'mcc-mnc-list 1.1.11', ref: 'MCC-MNC 310-120, 310-260' }]);
    expect(carriers[0]).toMatchObject({ kind: 'mvno', origin: 'derived', lte: [] });
  });
  it('takes the curated id: shared MCC-MNC first, then name', () => {
    const curated = [
      { id: 'us-tmo', country: 'US', name: 'T-Mobile US', mccmnc: ['310-260'], kind: 'mno' as const, sources: [], checked: '2026-01-01' },
      { id: 'in-reliance-jio', country: 'IN', name: 'Reliance Jio', aliases: ['Jio'], kind: 'mno' as const, sources: [], checked: '2026-01-01' },
    ];
    const ids = deriveCarriers(rows, { asOf: '2026-11-23', curated }).map((c) => c.id);
    expect(ids).toContain('us-tmo');
    expect(ids).toContain('in-reliance-jio');
  });
  it('takes only codes and names from a group that reaches a curated network by a name alone', () => {
    const kz = [
      row({ countryCode: 'KZ', mcc: '401', mnc: '02', brand: 'Kcell', operator: 'Kcell JSC', bands: 'GSM 900 / LTE 800' }),
      row({ countryCode: 'KZ', mcc: '401', mnc: '08', brand: 'Kazakhtelecom', bands: 'CDMA 450 / CDMA 800' }),
    ];
    const curated = [{ id: 'kz-kcell', country: 'KZ', name: 'Kcell', aliases: ['Kazakhtelecom'], mccmnc: ['401-02'], kind: 'mno' as const, sources: [], checked: '2026-01-01' }];
    const [kcell, ...rest] = deriveCarriers(kz, { asOf: '2026-11-23', curated });
    expect(rest).toEqual([]);
    expect(kcell).toMatchObject({ id: 'kz-kcell', mccmnc: ['401-02', '401-08'], gsm: { state: 'active' }, cdma: { state: 'unknown' } });
    // Without a code of its own, a curated network is found by name and takes that group's facts.
    const [byName] = deriveCarriers(kz.slice(1), { asOf: '2026-11-23', curated: [{ ...curated[0]!, mccmnc: [] }] });
    expect(byName).toMatchObject({ id: 'kz-kcell', cdma: { state: 'active', bands: ['BC0'] } });
  });
  it('derives every operational network of the real package deterministically', () => {
    const all = require('mcc-mnc-list').all() as MccMncRecord[];
    const first = deriveCarriers(all, { asOf: '2026-11-23' });
    expect(first.length).toBeGreaterThan(1000);
    expect(new Set(first.map((c) => c.id)).size).toBe(first.length);
    expect(deriveCarriers(all, { asOf: '2026-11-23' })).toEqual(first);
    const docomo = first.find((c) => c.mccmnc.includes('440-10'))!;
    expect(docomo.lte.map((b) => b.band)).toEqual(['B1', 'B3', 'B19', 'B21', 'B28', 'B42']);
  });
});
