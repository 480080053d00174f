import { BandfitError } from '../errors.js';
import { matchKey as norm } from '../catalog/device-search.js';
import type { Device, Variant } from '../catalog/types.js';

/**
 * Picks the variant to judge: the one the user named (label, id or model number), else one
 * sold in the country, else the first. The others are listed so the output can say so.
 */
export function chooseVariant(device: Device, country: string | undefined, wanted?: string): Variant {
  const variants = device.variants;
  if (variants.length === 0) throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'no-variants', device: `${device.brand} ${device.name}` });
  if (wanted) {
    const key = norm(wanted);
    // Exact label, id or model first; then one part of a combined label ("Canada, Japan").
    const match =
      variants.find((v) => norm(v.label) === key || norm(v.id) === key || (v.models ?? []).some((m) => norm(m) === key)) ??
      variants.find((v) => v.label.split(/[,/]/).some((part) => norm(part) === key));
    if (!match) {
      throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'unknown-variant', parameter: 'variant', device: `${device.brand} ${device.name}`, variant: wanted }, {
        suggestions: variants.map((v) => v.label),
      });
    }
    return match;
  }
  if (country) {
    const local = variants.find((v) => v.markets?.includes(country));
    if (local) return local;
  }
  return variants[0]!;
}
