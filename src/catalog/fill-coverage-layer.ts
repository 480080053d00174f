import { isSupplemental } from '../bands/is-supplemental.js';
import { findBand } from '../bands/registry.js';
import { layerOf } from './band-layer.js';
import type { Carrier, CarrierBand, CuratedCarrier } from './types.js';

type Radio = Pick<Carrier, 'lte' | 'nr'>;

/** The list the level rests on: LTE wherever the network runs it, else 5G (docs/verdicts.md). */
const dataField = (radio: Radio): 'lte' | 'nr' | undefined => {
  const core = (list: CarrierBand[]) => list.some((b) => !isSupplemental(b.band));
  return core(radio.lte) ? 'lte' : core(radio.nr) ? 'nr' : undefined;
};

/** Whether the layer the level rests on has a coverage band (the rule a whole-catalog test keeps). */
export function hasCoverageLayer(radio: Radio): boolean {
  const field = dataField(radio);
  return field === undefined || radio[field].some((b) => b.layer === 'coverage' && !isSupplemental(b.band));
}

const downlink = (id: string): number => findBand(id)?.dl[0] ?? Infinity;

/**
 * A curated network's LTE and 5G bands with a coverage layer, for a record that names none
 * (docs/verdicts.md, "Coverage layers"): curated bands are kept as they are; the low bands
 * (downlink below 1 GHz) that the network's own `mcc-mnc-list` entry names for the same
 * technology are added as coverage, one source, `from: 'mcc-mnc-list'`; where that entry
 * names none, the lowest non-supplemental band of the record becomes the coverage band,
 * `from: 'lowest-band'`. A record that names a coverage band is returned unchanged.
 *
 * @example
 * // Telcel lists B4/B7/B66; its mcc-mnc-list entry (334-020) says "LTE 850 / LTE 1700 / LTE 2600".
 * fillCoverageLayer(telcel, derivedTelcel).lte.find((b) => b.band === 'B5');
 * // { band: 'B5', layer: 'coverage', confidence: 's', from: 'mcc-mnc-list' }
 */
export function fillCoverageLayer(record: Pick<CuratedCarrier, 'lte' | 'nr'>, twin: Radio | undefined): Radio {
  const radio: Radio = { lte: record.lte ?? [], nr: record.nr ?? [] };
  if (hasCoverageLayer(radio)) return radio;
  const field = dataField(radio)!;
  const own = radio[field];
  const listed = new Set(own.map((b) => b.band));
  const low = (twin?.[field] ?? []).filter((b) => !listed.has(b.band) && layerOf(b.band) === 'coverage' && !isSupplemental(b.band));
  const added: CarrierBand[] = low.map((b) => ({ band: b.band, layer: 'coverage', confidence: 's', from: 'mcc-mnc-list' }));
  let bands: CarrierBand[];
  if (added.length) bands = [...own, ...added];
  else {
    const lowest = own.filter((b) => !isSupplemental(b.band)).sort((a, b) => downlink(a.band) - downlink(b.band))[0]!;
    bands = own.map((b) => (b === lowest ? { ...b, layer: 'coverage', from: 'lowest-band' } : b));
  }
  return { ...radio, [field]: bands };
}
