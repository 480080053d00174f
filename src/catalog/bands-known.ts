import type { Variant } from './types.js';

/**
 * False for a variant whose band list no source gives: an empty `bands` list means *not known*,
 * never *none* (docs/data-devices.md, "Phones whose band list is not known").
 */
export function bandsKnown(variant: Pick<Variant, 'bands'>): boolean {
  return variant.bands.length > 0;
}
