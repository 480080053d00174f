import { matchKey } from '../catalog/device-search.js';
import type { Device } from '../catalog/types.js';
import { BandfitError } from '../errors.js';
import { readInputFile } from './read-input-file.js';
import type { Store } from '../store/store.js';
import { detectFormat, type FormatOption, type ImportFormat } from './detect-format.js';
import { deviceFromRow } from './device-from-row.js';
import { slugify, splitBrand, type GsmarenaRow } from './gsmarena-row.js';
import { readRecords } from './read-records.js';
import { validateDevice } from '../catalog/validate-device.js';

export interface RejectedRow {
  /** CSV file line, or position in a JSON list (from 1). */
  line: number;
  reason: string;
  name?: string;
}

export interface ImportReport {
  file: string;
  format: ImportFormat;
  /** Records read (CSV data rows or JSON list entries). */
  rows: number;
  /** Rows that carried cellular band text (the denominator of the parse rate). */
  bandRows: number;
  /** Devices written: `inserted + updated`. */
  imported: number;
  inserted: number;
  updated: number;
  /** Rows skipped as devices without a cellular radio. */
  notPhones: number;
  /** Curated starter devices the import left as they were. */
  keptStarter: string[];
  rejected: RejectedRow[];
}

export type ImportProgress = { phase: 'read' | 'write'; done: number; total: number };

export interface ImportOptions {
  format?: FormatOption;
  /** Import the good rows and report the rest, instead of importing nothing. */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** ISO date recorded as the records' `checked` date; default today. */
  today?: string;
}

const TITLES: Record<ImportFormat, string> = {
  'gsmarena-tidy': 'GSMArena specs via data_tidy_2.csv layout (gsmarena-crawler dump)',
  'gsmarena-foykes': 'GSMArena specs via the foykes gsm-arena-dataset layout',
  'gsmarena-json': 'GSMArena specs (JSON)',
  'bandfit-json': 'bandfit export',
};

/**
 * Imports devices from a file into the store in one transaction: all or nothing unless
 * `skipInvalid`, in which case the good rows go in and every rejected row is reported with
 * its line and reason. Re-importing a file updates its devices in place.
 *
 * @example
 * const report = await importDevices(store, 'data_tidy_2.csv', { skipInvalid: true });
 */
export async function importDevices(store: Store, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { text, name } = await readInputFile(file);
  const format = !options.format || options.format === 'auto' ? detectFormat(text, name) : options.format;
  const records = readRecords(text, name, format, name.replace(/\.(csv|json)$/i, ''));
  const from = { title: TITLES[format], file: name, checked: options.today ?? new Date().toISOString().slice(0, 10) };
  const report: ImportReport = { file: name, format, rows: records.length, bandRows: 0, imported: 0, inserted: 0, updated: 0, notPhones: 0, keptStarter: [], rejected: [] };
  const devices = new Map<string, Device>();
  // A dump row of a curated phone takes the curated id (matched by normalised name or alias:
  // GSMArena's `Xiaomi Redmi Note 13 Pro+` is the curated `redmi-note-13-pro-plus`), so the
  // store lists each phone once and the curated record is kept.
  const curated = new Map<string, Device>();
  for (const device of await store.listDevices({ origin: 'starter' })) {
    for (const name of [`${device.brand} ${device.name}`, ...(device.aliases ?? [])]) curated.set(matchKey(name), device);
  }
  const curatedId = (row: GsmarenaRow): string | undefined => {
    // `Xiaomi Mi A2 (Mi 6X)` is also tried as `Xiaomi Mi A2`.
    for (const fullName of new Set([row.fullName, row.fullName.replace(/\s*\([^)]*\)\s*$/, '')])) {
      const full = curated.get(matchKey(fullName));
      if (full) return full.id;
      // Without the dump's brand (`Xiaomi Redmi 6` → `Redmi 6`), only for the same brand family.
      const short = curated.get(matchKey(splitBrand(fullName, row.brand).name));
      if (short && matchKey(fullName).includes(matchKey(short.brand))) return short.id;
    }
    return undefined;
  };
  records.forEach((record, index) => {
    if (index % 500 === 0) options.onProgress?.({ phase: 'read', done: index, total: records.length });
    if ('problem' in record) return void report.rejected.push({ line: record.line, reason: record.problem });
    if ('raw' in record) {
      try {
        const device = validateDevice(record.raw, `${name} record ${record.line}`);
        report.bandRows++;
        devices.set(device.id, device);
      } catch (error) {
        report.rejected.push({ line: record.line, reason: (error as Error).message });
      }
      return;
    }
    const { row } = record;
    const base = slugify(`${row.fullName.toLowerCase().startsWith(row.brand.toLowerCase()) ? '' : `${row.brand} `}${row.fullName}`);
    // Two names can share a slug (`OT-355` and `OT 355`): later rows get a numbered suffix.
    let id = curatedId(row) ?? base;
    for (let n = 2; devices.has(id); n++) id = `${base}-${n}`;
    const outcome = deviceFromRow(row, id, from);
    if (outcome.kind === 'not-phone') report.notPhones++;
    else if (outcome.kind === 'rejected') {
      report.bandRows++;
      report.rejected.push({ line: row.line, reason: outcome.reason, name: row.fullName });
    } else {
      report.bandRows++;
      devices.set(id, outcome.device);
    }
  });
  options.onProgress?.({ phase: 'read', done: records.length, total: records.length });
  if (report.rejected.length > 0 && !options.skipInvalid) {
    const first = report.rejected[0]!;
    throw new BandfitError({ code: 'E_IMPORT', kind: 'rejected-row', file: name, line: first.line, reason: first.reason, rejected: report.rejected.length }, {
      path: [first.line],
      rejected: report.rejected,
      rejectedCount: report.rejected.length,
    });
  }
  const list = [...devices.values()];
  const result = await store.upsertDevices(list, {
    origin: 'import',
    sourceFile: name,
    onProgress: (done) => options.onProgress?.({ phase: 'write', done, total: list.length }),
  });
  Object.assign(report, result, { imported: result.inserted + result.updated });
  return report;
}
