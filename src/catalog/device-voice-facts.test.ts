import { describe, expect, it } from 'vitest';
import { loadStarterDevices } from './starter-devices.js';
import { loadCarrierCatalog } from './carrier-catalog.js';
import { validateDevice } from './validate-device.js';

/**
 * VoLTE is a sourced fact (docs/verdicts.md, "Calls"): a curated variant says `volte` only with
 * the source that says it, and names a carrier's device list only for a carrier that exists.
 */
const devices = await loadStarterDevices();
const carrierIds = new Set(loadCarrierCatalog().carriers.map((c) => c.id));

describe('voice facts of the curated devices', () => {
  it('give a source for every VoLTE flag, and never say "no VoLTE" without one', () => {
    const unsourced = devices.flatMap((d) => d.variants.filter((v) => v.volte !== undefined && !v.volteSources?.length).map((v) => v.id));
    expect(unsourced).toEqual([]);
    expect(devices.some((d) => d.variants.some((v) => v.volte === true))).toBe(true);
  });

  it('name only carriers of the catalog in certifiedBy, each with a source', () => {
    const entries = devices.flatMap((d) => d.variants.flatMap((v) => (v.certifiedBy ?? []).map((c) => ({ variant: v.id, ...c }))));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => !carrierIds.has(e.carrier)).map((e) => `${e.variant}: ${e.carrier}`)).toEqual([]);
    expect(entries.filter((e) => !e.source.title)).toEqual([]);
  });

  it('refuses a malformed voice fact with the field named', () => {
    const base = { id: 'x-phone', brand: 'X', name: 'Phone', checked: '2026-12-03', sources: [{ title: 't' }] };
    const bad = (variant: object) => () => validateDevice({ ...base, variants: [{ id: 'x-phone-1', label: 'A', bands: [], ...variant }] }, 'test');
    expect(bad({ volte: 'yes' })).toThrow(/variants\.0\.volte: expected true or false/);
    expect(bad({ volteSources: [] })).toThrow(/volteSources: expected a list of sources/);
    expect(bad({ certifiedBy: [{ carrier: 'AT&T', source: { title: 't' } }] })).toThrow(/certifiedBy\.0\.carrier/);
    expect(bad({ certifiedBy: [{ carrier: 'us-att' }] })).toThrow(/certifiedBy\.0\.source/);
  });
});
