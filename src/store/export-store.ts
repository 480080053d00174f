import type { Device } from '../catalog/types.js';
import type { Store } from './store.js';

/**
 * Every device in the store in bandfit's JSON format (a list of `Device`, sorted by id), the
 * format `importDevices` reads back as `bandfit-json`.
 *
 * @example
 * writeFileSync('devices.json', JSON.stringify(await exportStore(store), null, 2));
 */
export async function exportStore(store: Store): Promise<Device[]> {
  return store.listDevices();
}
