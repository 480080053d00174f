import { findBand } from '../bands/registry.js';
import type { CarrierBand } from './types.js';
import { compareNames } from './compare-names.js';

/**
 * Layer by downlink frequency: below 1 GHz a band carries the wide-area coverage layer, above
 * it adds capacity (the split operators and regulators use: "low band" sub-1 GHz vs mid/high).
 */
export function layerOf(bandId: string): CarrierBand['layer'] {
  const band = findBand(bandId);
  return band && band.dl[0] < 1000 ? 'coverage' : 'capacity';
}

/** Band ids in band-number order (`B3` before `B20`, `n28` before `n78`). */
export const sortBands = (ids: readonly string[]): string[] =>
  [...ids].sort((a, b) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || compareNames(a, b));

/** Band ids from one band text as a carrier's bands: each once, in order, layered by frequency, single-source. */
export const layeredBands = (ids: readonly string[]): CarrierBand[] =>
  sortBands([...new Set(ids)]).map((band) => ({ band, layer: layerOf(band), confidence: 's' }));
