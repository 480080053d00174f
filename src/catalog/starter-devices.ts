import { loadDeviceCatalog } from './device-catalog.js';
import type { Device } from './types.js';

/** The curated devices shipped in `catalog/devices.json`, with the version the store seeds by. */
export interface StarterCatalog {
  devices: Device[];
  /** The compiled catalog's `dataVersion`: changes with `data/devices` (first 16 hex digits). */
  version: string;
}

/**
 * The starter catalog: the compiled `catalog/devices.json` (built from `data/devices` by
 * `npm run build:devices`, validated there). The store seeds itself from this and re-seeds
 * when `version` changes.
 *
 * @example
 * const { devices, version } = await loadStarterCatalog();
 */
export async function loadStarterCatalog(path?: string): Promise<StarterCatalog> {
  const catalog = loadDeviceCatalog(path);
  return { devices: catalog.devices, version: catalog.dataVersion };
}

/** Just the devices of the starter catalog. */
export async function loadStarterDevices(path?: string): Promise<Device[]> {
  return (await loadStarterCatalog(path)).devices;
}
