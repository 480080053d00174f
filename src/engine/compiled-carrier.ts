import type { Carrier } from '../catalog/types.js';
import { carrierAsOf } from './as-of.js';
import { carrierProfile } from './carrier-profile.js';
import { compileCarrier, type CompiledCarrier } from './verdict-kernel.js';

const cache = new WeakMap<Carrier, CompiledCarrier>();

/**
 * The kernel form of a carrier, compiled once per carrier object; with `asOf`, of the carrier
 * as it stands that day (`carrierAsOf` returns one object per carrier and date, so that is
 * compiled once too). The batch paths (best verdicts, the matrix) and `checkCompatibility`
 * judge the same compiled form, so they agree for every date.
 */
export function compiledCarrier(carrier: Carrier, asOf?: string): CompiledCarrier {
  const dated = asOf ? carrierAsOf(carrier, asOf) : carrier;
  let compiled = cache.get(dated);
  if (!compiled) cache.set(dated, (compiled = compileCarrier(carrierProfile(dated))));
  return compiled;
}
