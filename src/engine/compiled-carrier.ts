import type { Carrier } from '../catalog/types.js';
import { carrierProfile } from './carrier-profile.js';
import { compileCarrier, type CompiledCarrier } from './verdict-kernel.js';

const cache = new WeakMap<Carrier, CompiledCarrier>();

/** The kernel form of a carrier, compiled once per carrier object. */
export function compiledCarrier(carrier: Carrier): CompiledCarrier {
  let compiled = cache.get(carrier);
  if (!compiled) cache.set(carrier, (compiled = compileCarrier(carrierProfile(carrier))));
  return compiled;
}
