import { describe, expect, it } from 'vitest';
import { deriveCarriers } from './derive-carriers.js';
import { resolveCarriers } from './resolve-carriers.js';
import type { CuratedCarrier } from './types.js';

// A derived twin that says every technology is live, against a curated record that says otherwise:
// for each field both can give, the curated value is the one the engine sees.
const source = [{ title: 'Test source', ref: 'row 1' }];
const curated: CuratedCarrier = {
  id: 'cn-china-mobile', country: 'CN', name: 'China Mobile', mccmnc: ['460-00'], kind: 'mno',
  lte: [{ band: 'B39', layer: 'coverage' }], nr: [{ band: 'n41', layer: 'capacity' }],
  gsm: { state: 'off', date: '2025-12-31' }, umts: { state: 'off', source: 'curated' }, cdma: { state: 'none' },
  nrSa: true, volteRequired: true, sources: source, checked: '2026-10-02',
};
const derived = deriveCarriers([
  { countryCode: 'CN', mcc: '460', mnc: '00', brand: 'China Mobile', operator: 'China Mobile', status: 'Operational',
    bands: 'GSM 900 / GSM 1800 / UMTS 2100 / TD-SCDMA 1900 / TD-SCDMA 2000 / LTE 1800 / CDMA2000 800', notes: null },
], { asOf: '2026-11-23', curated: [curated] });
const twin = derived.find((c) => c.id === 'cn-china-mobile')!;
const resolved = resolveCarriers([curated], derived).find((c) => c.id === 'cn-china-mobile')!;

describe('curated beats derived in the merge', () => {
  it('the derived twin really gives other values (else these tests prove nothing)', () => {
    expect(twin.tdscdma.state).toBe('active');
    expect(twin.gsm.state).toBe('active');
    expect(twin.umts.state).toBe('active');
    expect(twin.lte.map((b) => b.band)).toContain('B3');
  });
  it('3G off in the curated record turns TD-SCDMA off too (China Mobile)', () => {
    expect(resolved.tdscdma.state).toBe('off');
    expect(resolved.umts.state).toBe('off');
  });
  it('GSM, CDMA, LTE, NR, name, SA and VoLTE come from the curated record', () => {
    expect(resolved.gsm).toEqual({ state: 'off', date: '2025-12-31' });
    expect(resolved.cdma).toEqual({ state: 'none' });
    expect(resolved.lte).toEqual(curated.lte);
    expect(resolved.nr).toEqual(curated.nr);
    expect(resolved.name).toBe('China Mobile');
    expect(resolved.nrSa).toBe(true);
    expect(resolved.volteRequired).toBe(true);
    expect(resolved.origin).toBe('curated');
    expect(resolved.checked).toBe('2026-10-02');
  });
  it('a curated record that says nothing of 3G keeps the derived TD-SCDMA status', () => {
    const { umts: _umts, ...silent } = curated;
    const merged = resolveCarriers([silent], derived).find((c) => c.id === 'cn-china-mobile')!;
    expect(merged.tdscdma.state).toBe('active');
  });
});
