import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { BandfitError } from '../../../src/errors.js';
import type { FormatOption } from '../../../src/import/detect-format.js';
import { importDevices } from '../../../src/import/import-devices.js';
import { exportStore } from '../../../src/store/export-store.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';

/**
 * A store in a temporary folder for the file's tests, its starter catalog exported as bandfit
 * JSON, and `importBytes`, which imports bytes as a file all or nothing and checks that a
 * failure is a `BandfitError` that changed nothing (STYLE.md, "Bad input never loses data").
 */
export function importFuzzHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-import-fuzz-'));
  const state = { store: undefined as unknown as Store, exported: '' };
  let fileNo = 0;
  beforeAll(async () => {
    state.store = await openStore({ file: join(dir, 'store.db') });
    state.exported = JSON.stringify(await exportStore(state.store));
  });
  afterAll(async () => {
    await state.store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Imports `bytes` as a file named `name`; the outcome is `imported` or the error's code. */
  async function importBytes(bytes: Uint8Array | string, name: string, format: FormatOption = 'auto'): Promise<'imported' | string> {
    const { store } = state;
    const file = join(dir, `${fileNo++}-${name}`);
    writeFileSync(file, bytes);
    const before = { count: await store.countDevices(), version: await store.catalogVersion() };
    try {
      const report = await importDevices(store, file, { format, today: '2026-01-01' });
      // A successful import only adds or updates: it never loses a device.
      expect(await store.countDevices()).toBeGreaterThanOrEqual(before.count);
      expect(report.rejected).toEqual([]);
      return 'imported';
    } catch (error) {
      expect(error, `${name} (${format}): ${String(error)}`).toBeInstanceOf(BandfitError);
      expect((error as BandfitError).message.length).toBeGreaterThan(0);
      expect(await store.countDevices()).toBe(before.count);
      expect(await store.catalogVersion()).toBe(before.version);
      return (error as BandfitError).code;
    } finally {
      rmSync(file, { force: true });
    }
  }
  return { dir, state, importBytes };
}
