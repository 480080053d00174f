import { BandfitError } from '../errors.js';
import type { ImportFormat } from './detect-format.js';
import { flattenRecord } from './detect-format.js';
import { foykesRow } from './gsmarena-foykes.js';
import type { GsmarenaRow } from './gsmarena-row.js';
import { tidyRow } from './gsmarena-tidy.js';
import { readCsv } from './read-csv.js';

/** A record read from the file, or the reason it could not be read, with its line. */
export type ReadRecord = { line: number; row: GsmarenaRow } | { line: number; raw: unknown } | { line: number; problem: string };

function parseJson(text: string, file: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new BandfitError({ code: 'E_IMPORT', kind: 'not-json', file, reason: (cause as Error).message }, { path: [1] }, cause);
  }
  if (Array.isArray(value)) return value;
  // Scrapers often wrap the list: `{ "devices": [...] }`, `{ "phones": [...] }`.
  const list = value && typeof value === 'object' ? Object.values(value).find(Array.isArray) : undefined;
  if (list) return list;
  throw new BandfitError({ code: 'E_IMPORT', kind: 'not-a-device-list', file }, { path: [1] });
}

/**
 * Reads every record of a file in the given layout. JSON records are numbered from 1 (their
 * position in the list), CSV rows by the file line they start on. Bandfit JSON records come
 * back raw, to be validated as `Device`s.
 */
export function readRecords(text: string, file: string, format: ImportFormat, brandFile?: string): ReadRecord[] {
  if (format === 'bandfit-json') return parseJson(text, file).map((raw, i) => ({ line: i + 1, raw }));
  if (format === 'gsmarena-json') {
    return parseJson(text, file).map((raw, i) => {
      const cells = flattenRecord(raw);
      const result = 'NETWORK_4G_bands' in cells || 'NETWORK_Technology' in cells ? tidyRow(cells, i + 1) : foykesRow(cells, i + 1, brandFile);
      return typeof result === 'string' ? { line: i + 1, problem: result } : { line: i + 1, row: result };
    });
  }
  const { rows, problems } = readCsv(text, file);
  const out: ReadRecord[] = problems.map((p) => ({ line: p.line, problem: p.reason }));
  for (const { line, cells } of rows) {
    const result = format === 'gsmarena-tidy' ? tidyRow(cells, line) : foykesRow(cells, line, brandFile);
    out.push(typeof result === 'string' ? { line, problem: result } : { line, row: result });
  }
  return out.sort((a, b) => a.line - b.line);
}
