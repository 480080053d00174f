import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDevices } from '../src/import/import-devices.js';
import { openStore } from '../src/store/open-store.js';
import { sharedData, TIDY_DUMP } from './shared-data.js';

export interface ImportFigures {
  rows: number;
  bandRows: number;
  imported: number;
  rejected: number;
  parsedShare: number;
  seconds: number;
  rowsPerSecond: number;
}

/** Import speed: the 12,513-row GSMArena dump into a fresh SQLite file, as a user would. */
export async function importSpeed(): Promise<ImportFigures | { skipped: string }> {
  const dump = sharedData(...TIDY_DUMP);
  if (!dump) return { skipped: '../shared/data is absent' };
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-bench-'));
  try {
    const store = await openStore({ file: join(dir, 'bench.db') });
    const t = process.hrtime.bigint();
    const report = await importDevices(store, dump, { skipInvalid: true });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    await store.close();
    return {
      rows: report.rows,
      bandRows: report.bandRows,
      imported: report.imported,
      rejected: report.rejected.length,
      parsedShare: Math.round(((report.bandRows - report.rejected.length) / Math.max(report.bandRows, 1)) * 10000) / 100,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(report.rows / seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
