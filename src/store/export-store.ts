import type { Device } from '../catalog/types.js';
import type { DeviceOrigin, Store } from './store.js';

/**
 * Every device in the store (or those of one origin) in bandfit's JSON format (a list of `Device`, sorted by id), the
 * format `importDevices` reads back as `bandfit-json`.
 *
 * @example
 * writeFileSync('devices.json', JSON.stringify(await exportStore(store), null, 2));
 */
export async function exportStore(store: Store, origin?: DeviceOrigin): Promise<Device[]> {
  return store.listDevices(origin ? { origin } : {});
}
