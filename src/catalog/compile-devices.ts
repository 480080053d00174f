import { BandfitError, isBandfitError } from '../errors.js';
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
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'data-not-json', file: `${folder}/${name}` }, { path: [name] }, cause);
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    records.forEach((record, index) => {
      const where = `${folder}/${name}[${index}]`;
      let device: Device;
      try {
        device = validateDevice(record, where);
      } catch (error) {
        // A curated record that fails is corrupt data, not the user's bad input.
        if (isBandfitError(error) && error.problem?.kind === 'invalid-field') throw new BandfitError({ ...error.problem, code: 'E_CORRUPT_DATA' }, { path: [name, index] }, error);
        const message = error instanceof Error ? error.message : String(error);
        throw new BandfitError('E_CORRUPT_DATA', message, { path: [name, index] }, error);
      }
      const first = seen.get(device.id);
      if (first) throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'duplicate-device-id', where, id: device.id, first }, { path: [name, index] });
      seen.set(device.id, where);
      devices.push(device);
    });
  }
  return devices;
}
