import { bandIds, intersect, isEmpty, type BandSet } from '../bands/band-set.js';
import type { CarrierProfile } from './carrier-profile.js';
import { reason, type ReasonParams } from './reason-messages.js';
import type { Reason } from './types.js';

/**
 * Why a phone does not connect: no band in common at all, or only 5G bands on a network whose
 * level rests on 4G (5G there rides on a 4G anchor), which is named as such: the same screen
 * shows those 5G bands as supported, so "no band in common" would be false.
 */
export function overlapReason(bands: BandSet, profile: CarrierProfile, params: ReasonParams): Reason {
  const nrShared = intersect(bands, profile.nr.all);
  if (profile.lte.bands.length > 0 && !isEmpty(nrShared)) return reason('NR_ONLY_OVERLAP', bandIds(nrShared), params);
  return reason('NO_OVERLAP', [], params);
}
