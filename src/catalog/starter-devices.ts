import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BandfitError } from '../errors.js';
import { validateDevice } from './validate-device.js';
import { projectPath } from '../project-root.js';
import type { Device } from './types.js';

/** The curated devices shipped in `data/devices`, with a version that changes with the files. */
export interface StarterCatalog {
  devices: Device[];
  /** sha256 over the file names and contents (first 16 hex digits). */
  version: string;
}

/**
 * Loads and validates the starter catalog, `data/devices/*.json` (each file a `Device` or a
 * list of them). The store seeds itself from this and re-seeds when `version` changes.
 * Throws `E_CORRUPT_DATA` naming the file and field for a bad record or a repeated id.
 *
 * @example
 * const { devices, version } = await loadStarterCatalog();
 */
export async function loadStarterCatalog(dir = projectPath('data', 'devices')): Promise<StarterCatalog> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const hash = createHash('sha256');
  const devices: Device[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const content = await readFile(join(dir, file), 'utf8');
    hash.update(file).update('\u0000').update(content).update('\u0000');
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (cause) {
      throw new BandfitError('E_CORRUPT_DATA', `data/devices/${file} is not valid JSON`, { path: [file] }, cause);
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    records.forEach((record, index) => {
      const where = `data/devices/${file}[${index}]`;
      let device: Device;
      try {
        device = validateDevice(record, where);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new BandfitError('E_CORRUPT_DATA', message, { path: [file, index] }, error);
      }
      const first = seen.get(device.id);
      if (first) throw new BandfitError('E_CORRUPT_DATA', `${where}: device id "${device.id}" is also used in ${first}`, { path: [file, index] });
      seen.set(device.id, where);
      devices.push(device);
    });
  }
  return { devices, version: hash.digest('hex').slice(0, 16) };
}

/** Just the devices of the starter catalog. */
export async function loadStarterDevices(dir?: string): Promise<Device[]> {
  return (await loadStarterCatalog(dir)).devices;
}

/**
 * A cheap fingerprint of `data/devices` (file names, sizes and modification times): when it
 * matches the one stored at the last seeding, the files are not read again at start-up. A
 * changed fingerprint only means "hash again"; the content hash decides whether to re-seed.
 */
export async function starterFingerprint(dir = projectPath('data', 'devices')): Promise<string> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const parts = await Promise.all(files.map(async (file) => {
    const info = await stat(join(dir, file));
    return `${file}:${info.size}:${Math.trunc(info.mtimeMs)}`;
  }));
  return parts.join('|');
}
