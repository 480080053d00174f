/**
 * Compiles `catalog/devices.json` from the curated `data/devices/*.json` records, validated here
 * (`compileDevices`) so that start-up only parses one file. Deterministic: `dataVersion` hashes
 * the format version and every file's name and text, and the build date is the latest `checked`
 * date of the records, so the same files give the same bytes. A test rebuilds it in memory and
 * fails when the committed file has drifted.
 *
 *   npm run build:devices
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDevices, type DeviceSourceFile } from '../src/catalog/compile-devices.js';
import { DEVICE_FORMAT_VERSION, type DeviceCatalog } from '../src/catalog/device-catalog.js';
import { BandfitError } from '../src/errors.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEVICE_CATALOG_PATH = join(ROOT, 'catalog', 'devices.json');

/** Every `data/devices/*.json` of the checkout, by name. */
export function readDeviceSources(dir = join(ROOT, 'data', 'devices')): DeviceSourceFile[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The compiled catalog for these files (pure: no file is written). */
export function compileDeviceCatalog(files: readonly DeviceSourceFile[]): DeviceCatalog {
  const devices = compileDevices(files);
  const buildDate = devices.map((d) => d.checked).sort().at(-1);
  if (!buildDate) throw new BandfitError('E_CORRUPT_DATA', 'data/devices holds no device: nothing to compile');
  const hash = createHash('sha256').update(`format ${DEVICE_FORMAT_VERSION}\n`);
  for (const { name, text } of files) hash.update(name).update('\u0000').update(text).update('\u0000');
  return { formatVersion: DEVICE_FORMAT_VERSION, dataVersion: hash.digest('hex').slice(0, 16), buildDate, devices };
}

/** The file text: the header on the first line (read alone at start-up), then one device per line. */
export function deviceCatalogText(catalog: DeviceCatalog): string {
  const head = JSON.stringify({ formatVersion: catalog.formatVersion, dataVersion: catalog.dataVersion, buildDate: catalog.buildDate });
  const lines = catalog.devices.map((device) => JSON.stringify(device));
  return `${head.slice(0, -1)},"devices":[\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const catalog = compileDeviceCatalog(readDeviceSources());
  mkdirSync(dirname(DEVICE_CATALOG_PATH), { recursive: true });
  const text = deviceCatalogText(catalog);
  writeFileSync(DEVICE_CATALOG_PATH, text);
  const variants = catalog.devices.reduce((n, d) => n + d.variants.length, 0);
  console.log(`catalog/devices.json: ${catalog.devices.length} devices, ${variants} variants, ${(text.length / 1024).toFixed(0)} KiB, data ${catalog.dataVersion}`);
}
