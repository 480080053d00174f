import { fullName } from '../catalog/device-search.js';
import { resolveDevice } from '../catalog/resolve-device.js';
import type { Device } from '../catalog/types.js';
import { BandfitError, isBandfitError } from '../errors.js';
import type { Store, UpsertResult } from './store.js';

/** Stores a phone taught with `devices add` (origin `user`), in one transaction. */
export async function saveTaughtPhone(store: Store, device: Device): Promise<UpsertResult> {
  return store.upsertDevices([device], { origin: 'user', sourceFile: 'devices add' });
}

export interface RemovedPhone {
  id: string;
  name: string;
  /** True when the starter catalog has a record of that id, which is back in the store. */
  restored: boolean;
}

/**
 * Removes a taught phone by name, model number or id. Only phones of origin `user` can go: a
 * catalog or imported phone is refused with `E_BAD_INPUT`. A taught phone that took a catalog
 * phone's place gives it back (the catalog record is written again, origin `starter`).
 *
 * @example
 * await removeTaughtPhone(store, 'Fixture Phone', async () => []);
 */
export async function removeTaughtPhone(store: Store, query: string, starter: () => Promise<readonly Device[]>): Promise<RemovedPhone> {
  const taught = await store.listDevices({ origin: 'user' });
  let device: Device;
  try {
    device = resolveDevice(query, taught).device;
  } catch (error) {
    if (!isBandfitError(error) || error.code !== 'E_UNKNOWN_DEVICE') throw error;
    let other: Device | undefined;
    try {
      other = resolveDevice(query, await store.listDevices()).device;
    } catch {
      other = undefined;
    }
    if (other) {
      throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'catalog-phone-not-taught', parameter: 'name', device: fullName(other) });
    }
    const names = taught.map(fullName);
    throw new BandfitError({ code: 'E_UNKNOWN_DEVICE', kind: names.length ? 'no-taught-phone' : 'none-taught', query }, { suggestions: names.slice(0, 8) });
  }
  const record = (await starter()).find((d) => d.id === device.id);
  await store.deleteDevices([device.id]);
  if (record) await store.upsertDevices([record], { origin: 'starter', sourceFile: 'data/devices' });
  return { id: device.id, name: fullName(device), restored: Boolean(record) };
}
