import { describe, expect, it } from 'vitest';
import { loadCarrierCatalog } from './carrier-catalog.js';
import { fillCoverageLayer } from './fill-coverage-layer.js';
import type { CarrierBand } from './types.js';

const cap = (band: string): CarrierBand => ({ band, layer: 'capacity', confidence: 'x' });
const derived = (...bands: string[]): { lte: CarrierBand[]; nr: CarrierBand[] } => ({
  lte: bands.filter((b) => b.startsWith('B')).map((band) => ({ band, layer: Number(band.slice(1)) === 5 || band === 'B28' || band === 'B20' ? 'coverage' : 'capacity', confidence: 's' })),
  nr: bands.filter((b) => b.startsWith('n')).map((band) => ({ band, layer: 'capacity', confidence: 's' })),
});

describe('fillCoverageLayer', () => {
  it('leaves a record that names a coverage band as it is', () => {
    const lte: CarrierBand[] = [cap('B3'), { band: 'B20', layer: 'coverage', confidence: 'x' }];
    expect(fillCoverageLayer({ lte }, derived('B3', 'B20', 'B28')).lte).toEqual(lte);
  });

  it("adds the low band the network's mcc-mnc-list entry names, with that source on it (Telcel's LTE 850)", () => {
    const filled = fillCoverageLayer({ lte: [cap('B4'), cap('B7'), cap('B66')] }, derived('B5', 'B4', 'B7'));
    expect(filled.lte).toEqual([cap('B4'), cap('B7'), cap('B66'), { band: 'B5', layer: 'coverage', confidence: 's', from: 'mcc-mnc-list' }]);
  });

  it('takes the lowest band as the coverage layer where no source names a low band', () => {
    const filled = fillCoverageLayer({ lte: [cap('B1'), cap('B40'), cap('B3')] }, derived('B1', 'B3'));
    expect(filled.lte.filter((b) => b.layer === 'coverage')).toEqual([{ band: 'B3', layer: 'coverage', confidence: 'x', from: 'lowest-band' }]);
    expect(filled.lte.filter((b) => b.layer === 'capacity').map((b) => b.band)).toEqual(['B1', 'B40']);
  });

  it('never takes a downlink-only or unlicensed band as the coverage layer', () => {
    const filled = fillCoverageLayer({ lte: [cap('B29'), cap('B46'), cap('B66')] }, undefined);
    expect(filled.lte.find((b) => b.layer === 'coverage')?.band).toBe('B66');
  });

  it('fills the 5G layer of a network with no LTE, and never moves bands between LTE and 5G', () => {
    const filled = fillCoverageLayer({ nr: [cap('n78')] }, derived('B20', 'n78'));
    expect(filled.lte).toEqual([]);
    expect(filled.nr).toEqual([{ band: 'n78', layer: 'coverage', confidence: 'x', from: 'lowest-band' }]);
  });
});

describe('the compiled carrier catalog', () => {
  const catalog = loadCarrierCatalog();

  it('gives every curated network with LTE or 5G bands a coverage band in the layer its level rests on', () => {
    const without = catalog.carriers.filter((c) => {
      if (c.origin !== 'curated') return false;
      const data = c.lte.length ? c.lte : c.nr;
      return data.length > 0 && !data.some((b) => b.layer === 'coverage');
    });
    expect(without.map((c) => c.id)).toEqual([]);
  });

  it("gives Telcel (Mexico) its LTE 850 (B5) from its cited mcc-mnc-list entry 334-020", () => {
    const telcel = catalog.carriers.find((c) => c.id === 'mx-telcel')!;
    expect(telcel.lte.find((b) => b.band === 'B5')).toEqual({ band: 'B5', layer: 'coverage', confidence: 's', from: 'mcc-mnc-list' });
    expect(telcel.sources.some((s) => s.title.startsWith('mcc-mnc-list') && s.ref?.includes('334-020'))).toBe(true);
  });

  it('marks a coverage band only where the rule or a source gave it', () => {
    // A list a curated record leaves out comes whole from mcc-mnc-list, every band marked (known-or-derived.ts).
    const whole = (list: CarrierBand[]) => list.length > 0 && list.every((b) => b.from === 'mcc-mnc-list');
    const from = catalog.carriers.flatMap((c) => [c.lte, c.nr]).filter((list) => !whole(list)).flat().filter((b) => b.from);
    expect(from.length).toBeGreaterThan(100);
    for (const b of from) expect(b.layer).toBe('coverage');
  });
});
