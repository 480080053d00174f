import { addBand, emptyBandSet, intersect, isEmpty, type BandSet } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import type { Tech } from '../bands/types.js';

const masks = new Map<Tech, BandSet>();
for (const band of BANDS) {
  let mask = masks.get(band.tech);
  if (!mask) masks.set(band.tech, (mask = emptyBandSet()));
  addBand(mask, band.id);
}

/** Every band of one technology, as a set. */
export function techMask(tech: Tech): BandSet {
  return masks.get(tech) ?? emptyBandSet();
}

/** Whether a phone has any band of a technology. */
export function hasTech(bands: BandSet, tech: Tech): boolean {
  return !isEmpty(intersect(bands, techMask(tech)));
}
