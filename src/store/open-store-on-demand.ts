import type { OpenStoreOptions } from './open-store.js';
import type { Store } from './store.js';

/**
 * `openStore` as the library exports it: the database drivers (better-sqlite3, Kysely, pg) load
 * when a store is first opened, so `import { check, openSnapshot } from 'bandfit'` loads none.
 *
 * @example
 * import { openSnapshot, openStore } from 'bandfit';
 * const snapshot = await openSnapshot({ store: await openStore() });
 */
export async function openStoreOnDemand(options: OpenStoreOptions = {}): Promise<Store> {
  const { openStore } = await import('./open-store.js');
  return openStore(options);
}
