import { describe, expect, it } from 'vitest';
import type { Carrier } from '../catalog/types.js';
import { applyCarrierOverlays } from './apply-carrier-overlays.js';

const telcel: Carrier = {
  id: 'mx-telcel', country: 'MX', name: 'Telcel', aliases: [], mccmnc: ['334-020'], territories: [], kind: 'mno', origin: 'curated',
  lte: [{ band: 'B4', layer: 'capacity' }], nr: [],
  gsm: { state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020', from: 'mcc-mnc-list' },
  umts: { state: 'active', bands: ['U2', 'U5'] }, tdscdma: { state: 'unknown' }, cdma: { state: 'unknown' },
  sources: [{ title: 'Curated' }],
};

describe('applyCarrierOverlays', () => {
  it("an overlay's unknown status keeps the catalog's known one; its known status replaces it", () => {
    const [out] = applyCarrierOverlays([telcel], [{
      id: 'mx-telcel', country: 'MX', gsm: { state: 'unknown' }, umts: { state: 'ending', date: '2027-12' }, sources: [{ title: 'Import' }],
    }]);
    expect(out!.gsm).toEqual(telcel.gsm);
    expect(out!.umts).toEqual({ state: 'ending', date: '2027-12', bands: ['U2', 'U5'] });
    expect(out!.sources.map((s) => s.title)).toEqual(['Curated', 'Import']);
  });

  it('replaces the band lists an overlay gives and keeps the others', () => {
    const [out] = applyCarrierOverlays([telcel], [{ id: 'mx-telcel', country: 'MX', lte: [{ band: 'B5', layer: 'coverage' }] }]);
    expect(out!.lte).toEqual([{ band: 'B5', layer: 'coverage' }]);
    expect(out!.umts).toEqual(telcel.umts);
  });
});
