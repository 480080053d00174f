import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_FORMAT_VERSION, deviceCatalogVersion, loadDeviceCatalog } from './device-catalog.js';
import { loadStarterCatalog } from './starter-devices.js';

const dir = mkdtempSync(join(tmpdir(), 'bandfit-devices-'));
function catalogFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadDeviceCatalog', () => {
  it('reads the shipped catalog, with the Mi 6 and its model numbers', async () => {
    const { devices, version } = await loadStarterCatalog();
    const mi6 = devices.find((d) => d.id === 'xiaomi-mi-6');
    expect(mi6?.variants.some((v) => v.models?.includes('MCE16'))).toBe(true);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(version).toBe(loadDeviceCatalog().dataVersion);
  });

  it('reads the version from the first line alone', () => {
    // The rest of the file is not JSON: only the header may be read.
    const path = catalogFile('head.json', `{"formatVersion":${DEVICE_FORMAT_VERSION},"dataVersion":"00ff00ff00ff00ff","buildDate":"2026-01-01","devices":[\n{oops\n]}\n`);
    expect(deviceCatalogVersion(path)).toBe('00ff00ff00ff00ff');
    expect(() => loadDeviceCatalog(path)).toThrow(/Cannot read device catalog/);
  });

  it('refuses another format version and a missing file', () => {
    const path = catalogFile('v0.json', '{"formatVersion":0,"dataVersion":"0000000000000000","buildDate":"2026-01-01","devices":[\n]}\n');
    expect(() => loadDeviceCatalog(path)).toThrow(expect.objectContaining({ code: 'E_CATALOG_VERSION' }));
    expect(() => deviceCatalogVersion(path)).toThrow(expect.objectContaining({ code: 'E_CATALOG_VERSION' }));
    expect(() => deviceCatalogVersion(join(dir, 'none.json'))).toThrow(expect.objectContaining({ code: 'E_CORRUPT_DATA' }));
  });
});
