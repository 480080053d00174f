import { intersect, isEmpty, popcount32, type BandSet } from '../bands/band-set.js';
import type { CarrierProfile, DataLayer } from './carrier-profile.js';
import type { Level } from './types.js';

/** Band weights: a coverage band is worth three capacity bands; add-on bands a quarter. */
export const WEIGHTS = { coverage: 3, capacity: 1, supplemental: 0.25 } as const;

function count(set: BandSet): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) n += popcount32(set[i]!);
  return n;
}

/** Share of a layer's weighted bands the phone has, 0..1. */
export function layerShare(phone: BandSet, layer: DataLayer): number {
  const total =
    WEIGHTS.coverage * count(layer.coverage) + WEIGHTS.capacity * count(layer.capacity) + WEIGHTS.supplemental * count(layer.supplemental);
  if (total === 0) return 0;
  const got =
    WEIGHTS.coverage * count(intersect(phone, layer.coverage)) +
    WEIGHTS.capacity * count(intersect(phone, layer.capacity)) +
    WEIGHTS.supplemental * count(intersect(phone, layer.supplemental));
  return got / total;
}

/**
 * Score 0..1 (docs/verdicts.md): 0.1 for connecting at all, 0.7 for the share of the data
 * layer (0.9 when the carrier has no 5G), 0.2 for the share of 5G; halved without voice.
 * Every term only grows when the phone gains a band, so the score is monotone in bands.
 */
export function scoreVerdict(
  phone: BandSet,
  profile: CarrierProfile,
  dataLayer: DataLayer | undefined,
  level: Level,
  noVoice: boolean,
): number {
  if (level === 'none') return 0;
  const withNr = dataLayer === profile.lte && profile.nr.bands.length > 0;
  const dataShare = dataLayer ? layerShare(phone, dataLayer) : 0;
  const nrShare = withNr ? layerShare(phone, profile.nr) : 0;
  const legacy = profile.legacy.some((layer) => layer.usable && !isEmpty(intersect(phone, layer.set)));
  const connects = legacy || dataShare > 0 ? 0.1 : 0;
  let score = connects + (withNr ? 0.7 * dataShare + 0.2 * nrShare : 0.9 * dataShare);
  if (noVoice) score /= 2;
  return Math.round(score * 100) / 100;
}
