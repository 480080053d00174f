import { loadStarterCatalog } from '../catalog/starter-devices.js';
import type { Store } from '../store/store.js';
import { createSnapshot, type Snapshot } from './snapshot.js';
import { storeSnapshots } from './snapshot-source.js';

export interface OpenSnapshotOptions {
  /** Answer from this store's data (imported and taught phones, carrier overlays). Default: none. */
  store?: Store;
}

/**
 * The data to answer from. Without a store: the bundled catalogs alone (curated phones,
 * carriers, exchange rates), with no database opened. With one: its current data.
 *
 * @example
 * import { check, openSnapshot } from 'bandfit';
 * const snapshot = await openSnapshot();
 * check(snapshot, { device: 'Xiaomi Mi 6', country: 'US' }).results[0]?.verdict; // 'limited'
 */
export async function openSnapshot(options: OpenSnapshotOptions = {}): Promise<Snapshot> {
  const { store } = options;
  if (store) return storeSnapshots(async () => store).current();
  const starter = await loadStarterCatalog();
  return createSnapshot({ dataVersion: `starter-${starter.version}`, devices: starter.devices });
}
