import { describe, expect, it } from 'vitest';
import { mergeCarriers, type CarrierLayerRecord } from './merge-carriers.js';
import type { Carrier } from './types.js';

// Fixture networks (country XX is no real one): a compiled host, its MVNO, and a derived network.
const compiled = (id: string, overrides: Partial<Carrier> = {}): Carrier => ({
  id, country: 'XX', name: id, aliases: [], mccmnc: [], territories: [], kind: 'mno', origin: 'curated',
  lte: [{ band: 'B20', layer: 'coverage' }, { band: 'B3', layer: 'capacity' }], nr: [],
  gsm: { state: 'active' }, umts: { state: 'active' }, tdscdma: { state: 'unknown' }, cdma: { state: 'none' },
  sources: [{ title: `${id} source` }], checked: '2026-01-01', ...overrides,
});
const host = compiled('xx-host', { volteRequired: false });
const mvno = compiled('xx-virtual', { kind: 'mvno', host: 'xx-host', sources: [{ title: 'xx-virtual source' }, ...host.sources] });
const derived = compiled('xx-derived', { origin: 'derived', lte: [{ band: 'B8', layer: 'coverage', confidence: 's' }, { band: 'B3', layer: 'capacity' }] });
const catalog = [derived, host, mvno];
const importSource = { title: 'Band Atlas · Hyper Nexus', ref: 'network_bands.csv: XX,host' };
const partial = (records: CarrierLayerRecord[]) => mergeCarriers(catalog, records, { records: 'partial' });
const byId = (list: Carrier[], id: string) => list.find((c) => c.id === id)!;

describe('mergeCarriers over the compiled catalog (imported overlays)', () => {
  it('keeps what the overlay does not give and replaces what it does', () => {
    const merged = byId(partial([{ id: 'xx-host', country: 'XX', umts: { state: 'off', date: '2025' }, sources: [importSource] }]), 'xx-host');
    expect(merged).toMatchObject({ lte: host.lte, gsm: host.gsm, umts: { state: 'off', date: '2025' }, volteRequired: false, origin: 'curated', checked: '2026-01-01' });
    expect(merged.sources).toEqual([...host.sources, importSource]);
  });

  it('fills the coverage layer of imported LTE bands that name none: the lowest band, marked lowest-band', () => {
    const lte = [{ band: 'B3', layer: 'capacity' as const }, { band: 'B7', layer: 'capacity' as const }, { band: 'B28', layer: 'capacity' as const }];
    const merged = byId(partial([{ id: 'xx-host', country: 'XX', lte, sources: [importSource] }]), 'xx-host');
    expect(merged.lte).toEqual([
      { band: 'B3', layer: 'capacity' }, { band: 'B7', layer: 'capacity' }, { band: 'B28', layer: 'coverage', from: 'lowest-band' },
    ]);
  });

  it('takes the low bands of a derived network (mcc-mnc-list) as its coverage before the lowest-band rule', () => {
    const merged = byId(partial([{ id: 'xx-derived', country: 'XX', lte: [{ band: 'B3', layer: 'capacity' }], sources: [importSource] }]), 'xx-derived');
    expect(merged.lte).toEqual([{ band: 'B3', layer: 'capacity' }, { band: 'B8', layer: 'coverage', confidence: 's', from: 'mcc-mnc-list' }]);
    expect(merged.origin).toBe('derived');
  });

  it('an MVNO of the catalog rides on its host as imported: bands, switch-offs and the host\'s new sources', () => {
    const lte = [{ band: 'B1', layer: 'coverage' as const }];
    const merged = partial([{ id: 'xx-host', country: 'XX', lte, umts: { state: 'off', date: '2025' }, sources: [importSource] }]);
    const virtual = byId(merged, 'xx-virtual');
    expect(virtual).toMatchObject({ kind: 'mvno', host: 'xx-host', name: 'xx-virtual', lte, umts: { state: 'off', date: '2025' } });
    expect(virtual.sources).toEqual([{ title: 'xx-virtual source' }, ...host.sources, importSource]);
  });

  it('leaves an MVNO whose host no overlay touches as it was (the same object)', () => {
    const merged = partial([{ id: 'xx-derived', country: 'XX', nrSa: true, sources: [importSource] }]);
    expect(byId(merged, 'xx-virtual')).toBe(mvno);
  });

  it('an overlay for a network the catalog lacks is a carrier of its own, unknown where it says nothing', () => {
    const merged = byId(partial([{ id: 'xx-new', country: 'XX', name: 'New', nr: [{ band: 'n78', layer: 'capacity' }], sources: [importSource] }]), 'xx-new');
    expect(merged).toMatchObject({ name: 'New', kind: 'mno', origin: 'curated', gsm: { state: 'unknown' }, lte: [] });
    expect(merged.nr).toEqual([{ band: 'n78', layer: 'coverage', from: 'lowest-band' }]);
  });
});

describe('mergeCarriers: the order', () => {
  it('sorts by id as codes (compareCodes), not as names: the collator key is not built per comparison', () => {
    // The two orders differ only on characters a valid id never holds ("-" before "_" by code unit).
    const merged = mergeCarriers([compiled('xx-a_b'), compiled('xx-a-b')], [{ id: 'xx-a', country: 'XX', sources: [importSource] }], { records: 'partial' });
    expect(merged.map((c) => c.id)).toEqual(['xx-a', 'xx-a-b', 'xx-a_b']);
  });
});

describe('mergeCarriers: an overlay\'s unknown never erases a known fact', () => {
  const telcel: Carrier = {
    id: 'mx-telcel', country: 'MX', name: 'Telcel', aliases: [], mccmnc: ['334-020'], territories: [], kind: 'mno', origin: 'curated',
    lte: [{ band: 'B4', layer: 'capacity' }], nr: [],
    gsm: { state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020', from: 'mcc-mnc-list' },
    umts: { state: 'active', bands: ['U2', 'U5'] }, tdscdma: { state: 'unknown' }, cdma: { state: 'unknown' },
    sources: [{ title: 'Curated' }],
  };

  it("an overlay's unknown status keeps the catalog's known one; its known status replaces it", () => {
    const [out] = mergeCarriers([telcel], [{
      id: 'mx-telcel', country: 'MX', gsm: { state: 'unknown' }, umts: { state: 'ending', date: '2027-12' }, sources: [{ title: 'Import' }],
    }], { records: 'partial' });
    expect(out!.gsm).toEqual(telcel.gsm);
    expect(out!.umts).toEqual({ state: 'ending', date: '2027-12', bands: ['U2', 'U5'] });
    expect(out!.sources.map((s) => s.title)).toEqual(['Curated', 'Import']);
  });

  it('replaces the band lists an overlay gives and keeps the others', () => {
    const [out] = mergeCarriers([telcel], [{ id: 'mx-telcel', country: 'MX', lte: [{ band: 'B5', layer: 'coverage' }] }], { records: 'partial' });
    expect(out!.lte).toEqual([{ band: 'B5', layer: 'coverage' }]);
    expect(out!.umts).toEqual(telcel.umts);
  });
});
