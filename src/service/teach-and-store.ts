import type { Store } from '../store/store.js';
import { saveTaughtPhone } from '../store/taught-phones.js';
import { teachPhone } from './teach-phone.js';
import type { TeachAnswer, TeachParams } from './teach-schema.js';

/**
 * A teach request, as `bandfit devices add` and `POST /api/v1/import/phone` both make it: the
 * phone read from its band text or page against the store's phones, then stored (origin
 * `user`) unless it is a `dryRun`. `params` have passed the teach schema (`TeachBody`).
 *
 * @example
 * await teachAndStore(store, { name: 'Fixture Phone P1', bands: 'LTE 1, 3, 7', dryRun: true }, '2026-06-01');
 */
export async function teachAndStore(store: Store, params: TeachParams, today: string): Promise<TeachAnswer> {
  const { dryRun, ...input } = params;
  const taught = teachPhone(input, await store.listDevices(), today);
  const result = dryRun ? { inserted: 0, updated: 0 } : await saveTaughtPhone(store, taught.device);
  return { stored: !dryRun, inserted: result.inserted, updated: result.updated, device: taught.device, read: taught.read };
}
