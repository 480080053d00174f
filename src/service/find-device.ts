import { resolveDevice } from '../catalog/resolve-device.js';
import type { Device } from '../catalog/types.js';

/** A device the user named, and the variant label when the query named one (a model number). */
export function findDevice(query: string, devices: readonly Device[]): { device: Device; variant?: string } {
  const found = resolveDevice(query, devices);
  return found.variant && found.device.variants.length > 1 ? { device: found.device, variant: found.variant.id } : { device: found.device };
}
