import { describe, expect, it } from 'vitest';
import { loadCarrierCatalog } from './carrier-catalog.js';
import { resolveCarriers } from './resolve-carriers.js';
import type { CuratedCarrier } from './types.js';

const source = [{ title: 'Test source' }];
const host: CuratedCarrier = {
  id: 'xx-host', country: 'XX', name: 'Host', kind: 'mno', sources: source, checked: '2026-11-01',
  lte: [{ band: 'B20', layer: 'coverage' }, { band: 'B3', layer: 'capacity' }], nr: [{ band: 'n78', layer: 'capacity' }],
  gsm: { state: 'active', bands: ['GSM900'] }, umts: { state: 'off', date: '2021-06' },
};
const roamer: CuratedCarrier = {
  id: 'xx-new', country: 'XX', name: 'Newcomer', kind: 'mno', sources: [{ title: 'Own' }], checked: '2026-12-01',
  nr: [{ band: 'n78', layer: 'capacity', confidence: 's' }, { band: 'n1', layer: 'capacity' }],
  nationalRoaming: { network: 'xx-host', source: { title: 'Roaming deal' } },
};

describe('national roaming', () => {
  const r = resolveCarriers([host, roamer], []).find((c) => c.id === 'xx-new')!;
  it("judges the network on its own bands and the host's, the host's coverage layer included", () => {
    expect(r.lte.map((b) => [b.band, b.layer])).toEqual([['B20', 'coverage'], ['B3', 'capacity']]);
    expect(r.nr.map((b) => b.band)).toEqual(['n78', 'n1']);
    expect(r.nr[0]).toEqual(roamer.nr![0]);
  });
  it("takes the host's 2G/3G where it has none of its own; its id, dates and sources stay its own first", () => {
    expect(r.gsm).toEqual(host.gsm);
    expect(r.umts).toEqual(host.umts);
    expect(r).toMatchObject({ id: 'xx-new', name: 'Newcomer', kind: 'mno', checked: '2026-12-01', nationalRoaming: roamer.nationalRoaming });
    expect(r.sources.map((s) => s.title)).toEqual(['Own', 'Test source']);
  });
  it('refuses a host that is not another curated network', () => {
    expect(() => resolveCarriers([roamer], [])).toThrow(/nationalRoaming/);
    expect(() => resolveCarriers([{ ...roamer, nationalRoaming: { network: 'xx-new', source: source[0]! } }], [])).toThrow(/nationalRoaming/);
  });
  it("1&1 (Germany) roams on Vodafone for 2G, 4G and 5G (ComputerBase, 2023-08): Vodafone's LTE and GSM count for it", () => {
    const { carriers } = loadCarrierCatalog();
    const one = carriers.find((c) => c.id === 'de-1und1')!;
    const vodafone = carriers.find((c) => c.id === 'de-vodafone')!;
    expect(one.nationalRoaming?.network).toBe('de-vodafone');
    expect(one.lte.map((b) => b.band)).toEqual(vodafone.lte.map((b) => b.band));
    expect(one.gsm).toEqual(vodafone.gsm);
  });
});
