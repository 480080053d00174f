import { BandfitError } from '../errors.js';
import { FOYKES_COLUMNS } from './gsmarena-foykes.js';
import { TIDY_COLUMNS } from './gsmarena-tidy.js';

export type ImportFormat = 'gsmarena-tidy' | 'gsmarena-foykes' | 'gsmarena-json' | 'bandfit-json';
export type FormatOption = 'auto' | ImportFormat;

export const FORMATS: readonly FormatOption[] = ['auto', 'gsmarena-tidy', 'gsmarena-foykes', 'gsmarena-json', 'bandfit-json'];

/**
 * Tells the layouts apart from the content, not the file name: a JSON array whose records have
 * `variants` is bandfit's own format (what `bandfit export` writes), other JSON is GSMArena-style;
 * CSV headers name the layout (`NETWORK_4G_bands` for data_tidy_2.csv, `Model Name` for foykes).
 */
export function detectFormat(text: string, file: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    return /"variants"\s*:/.test(start.slice(0, 20_000)) ? 'bandfit-json' : 'gsmarena-json';
  }
  const header = start.slice(0, start.search(/\r?\n/) >>> 0);
  const has = (columns: string[]) => columns.every((c) => header.includes(c));
  if (has(TIDY_COLUMNS)) return 'gsmarena-tidy';
  if (has(FOYKES_COLUMNS)) return 'gsmarena-foykes';
  throw new BandfitError({ code: 'E_IMPORT', kind: 'unknown-import-format', file, formats: [...FORMATS] }, { path: [1] });
}

/** Nested GSMArena JSON (`{ "Network": { "2G bands": … } }`) flattened to the row labels. */
export function flattenRecord(record: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) walk(inner);
      else if (!(key in out)) out[key] = Array.isArray(inner) ? inner.join(', ') : inner;
    }
  };
  walk(record);
  return out;
}
