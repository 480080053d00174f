import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deviceCatalogVersion, loadDeviceCatalog } from '../src/catalog/device-catalog.js';
import { compileDeviceCatalog, DEVICE_CATALOG_PATH, deviceCatalogText, readDeviceSources } from './build-device-catalog.js';

describe('build-device-catalog', () => {
  const files = readDeviceSources();
  const catalog = compileDeviceCatalog(files);

  it('catalog/devices.json matches data/devices (if not: run npm run build:devices)', () => {
    const committed = readFileSync(DEVICE_CATALOG_PATH, 'utf8');
    expect(committed === deviceCatalogText(catalog), 'catalog/devices.json drifted from data/devices: run npm run build:devices').toBe(true);
  });
  it('is deterministic, fixes its date from the records and changes version with any byte', () => {
    expect(deviceCatalogText(compileDeviceCatalog(readDeviceSources()))).toBe(deviceCatalogText(catalog));
    expect(catalog.buildDate).toBe(catalog.devices.map((d) => d.checked).sort().at(-1));
    expect(catalog.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    const [first, ...rest] = files;
    const touched = compileDeviceCatalog([{ ...first!, text: `${first!.text}\n` }, ...rest]);
    expect(touched.dataVersion).not.toBe(catalog.dataVersion);
  });
  it('keeps every record of every file, in file order', () => {
    const ids = files.flatMap(({ text }) => [JSON.parse(text) as unknown].flat() as { id: string }[]).map((d) => d.id);
    expect(catalog.devices.map((d) => d.id)).toEqual(ids);
  });
  it('the loader reads what the build wrote, and the version from the first line alone', () => {
    const loaded = loadDeviceCatalog(DEVICE_CATALOG_PATH);
    expect(loaded.devices).toHaveLength(catalog.devices.length);
    expect(deviceCatalogVersion(DEVICE_CATALOG_PATH)).toBe(loaded.dataVersion);
  });
});
