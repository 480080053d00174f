import { describe, expect, it } from 'vitest';
import { expectReproducible, itMatchesCommitted } from './test-support/committed-output.js';
import { deviceCatalogVersion, loadDeviceCatalog } from '../src/catalog/device-catalog.js';
import { compileDeviceCatalog, DEVICE_CATALOG_PATH, deviceCatalogText, readDeviceSources } from './build-device-catalog.js';

describe('build-device-catalog', () => {
  const files = readDeviceSources();
  const catalog = compileDeviceCatalog(files);

  itMatchesCommitted(DEVICE_CATALOG_PATH, () => deviceCatalogText(catalog), 'data/devices', 'npm run build:devices');
  it('is deterministic, fixes its date from the records and changes version with any byte', () => {
    expectReproducible(() => deviceCatalogText(compileDeviceCatalog(readDeviceSources())), deviceCatalogText(catalog), catalog, catalog.devices.map((d) => d.checked));
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
