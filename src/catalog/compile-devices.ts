import { BandfitError } from '../errors.js';
import type { Device } from './types.js';
import { validateDevice } from './validate-device.js';

/** One source file of curated devices: its name (`xiaomi.json`) and text. */
export interface DeviceSourceFile {
  name: string;
  text: string;
}

/**
 * Validates curated device files (each a `Device` or a list of them) into one list, in file
 * order: the build step of `catalog/devices.json`. Throws `E_CORRUPT_DATA` naming the file,
 * record and field for a record `validateDevice` refuses, a repeated id or a file that is not JSON.
 *
 * @example
 * compileDevices([{ name: 'xiaomi.json', text }]).map((d) => d.id); // ['xiaomi-mi-6', …]
 */
export function compileDevices(files: readonly DeviceSourceFile[], folder = 'data/devices'): Device[] {
  const devices: Device[] = [];
  const seen = new Map<string, string>();
  for (const { name, text } of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      throw new BandfitError('E_CORRUPT_DATA', `${folder}/${name} is not valid JSON`, { path: [name] }, cause);
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    records.forEach((record, index) => {
      const where = `${folder}/${name}[${index}]`;
      let device: Device;
      try {
        device = validateDevice(record, where);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new BandfitError('E_CORRUPT_DATA', message, { path: [name, index] }, error);
      }
      const first = seen.get(device.id);
      if (first) throw new BandfitError('E_CORRUPT_DATA', `${where}: device id "${device.id}" is also used in ${first}`, { path: [name, index] });
      seen.set(device.id, where);
      devices.push(device);
    });
  }
  return devices;
}
