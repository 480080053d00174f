import { readdir, readFile } from 'node:fs/promises';
import { BandfitError } from '../errors.js';
import { projectPath } from '../project-root.js';
import type { Device } from './types.js';

/** Reads the curated starter catalog, `data/devices/*.json`. */
export async function loadStarterDevices(dir = projectPath('data', 'devices') + '/'): Promise<Device[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const devices: Device[] = [];
  for (const file of files) {
    try {
      devices.push(...(JSON.parse(await readFile(dir + file, 'utf8')) as Device[]));
    } catch (error) {
      throw new BandfitError('E_CORRUPT_DATA', `data/devices/${file} is not valid JSON`, {}, error);
    }
  }
  return devices;
}
