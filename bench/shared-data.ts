import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Device } from '../src/catalog/types.js';
import { importDevices } from '../src/import/import-devices.js';
import { projectRoot } from '../src/project-root.js';
import { openStore } from '../src/store/open-store.js';

/** The reference data folder beside the checkout (`../shared/data`), or `undefined`. */
export function sharedData(...parts: string[]): string | undefined {
  const path = join(projectRoot(), '..', 'shared', 'data', ...parts);
  return existsSync(path) ? path : undefined;
}

export const TIDY_DUMP = ['gsmarena-1997808-2023', 'data_tidy_2.csv'] as const;

/** Every device of the GSMArena dump, imported into a throwaway in-memory store. */
export async function dumpDevices(): Promise<Device[] | undefined> {
  const dump = sharedData(...TIDY_DUMP);
  if (!dump) return undefined;
  const store = await openStore({ file: ':memory:' });
  try {
    await importDevices(store, dump, { skipInvalid: true });
    return await store.listDevices();
  } finally {
    await store.close();
  }
}
