import type { Surface } from './surface.js';
import { option } from './surface.js';

/** Problems of a file being imported: its format, its encoding, its rows. A row's own reason is data (it goes into the report too). */
export type ImportProblem =
  | { code: 'E_IMPORT'; kind: 'unknown-import-format'; file: string; formats: string[] }
  | { code: 'E_IMPORT'; kind: 'not-band-atlas'; file: string }
  | { code: 'E_IMPORT'; kind: 'rejected-row'; file: string; line: number; reason: string; rejected?: number }
  | { code: 'E_IMPORT'; kind: 'not-tac-layout'; file: string; line: number }
  | { code: 'E_IMPORT'; kind: 'bad-tac-rows'; file: string; count: number; first: string[] }
  | { code: 'E_IMPORT'; kind: 'no-tac-rows'; file: string }
  | { code: 'E_IMPORT'; kind: 'malformed-csv'; file: string; line: number; reason: string }
  | { code: 'E_IMPORT'; kind: 'empty-file'; file: string }
  | { code: 'E_BAD_INPUT'; kind: 'bad-body-record'; field: string; reason: string }
  | { code: 'E_IMPORT'; kind: 'not-utf8'; file: string; line: number }
  | { code: 'E_BAD_INPUT'; kind: 'unreadable-file'; file: string; reason: string }
  | { code: 'E_IMPORT'; kind: 'not-json'; file: string; reason: string }
  | { code: 'E_IMPORT'; kind: 'not-a-device-list'; file: string }
  | { code: 'E_BAD_INPUT'; kind: 'price-header'; file: string; columns: string[] }
  | { code: 'E_BAD_INPUT'; kind: 'price-row'; file: string; line: number; reason: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-price-rows'; file: string }
  | { code: 'E_BAD_INPUT'; kind: 'price-without-phone'; file: string; line: number }
  | { code: 'E_BAD_INPUT'; kind: 'bad-price'; file: string; line: number; price: string }
  | { code: 'E_BAD_INPUT'; kind: 'price-currency'; file: string; line: number; currency: string }
  | { code: 'E_BAD_INPUT'; kind: 'bad-price-date'; file: string; line: number; date: string };

/** Writes the one sentence (undefined for another area's kind) for an import problem. */
export function writeImportProblem(p: ImportProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'unknown-import-format':
      return `${p.file}: cannot tell the format; pass ${option(surface, 'format')} (one of ${p.formats.join(', ')})`;
    case 'not-band-atlas':
      return `${p.file}: not a Band Atlas network_bands.csv or networks.csv layout`;
    case 'rejected-row': {
      // Only the CLI can import the good rows and report the bad (`--skip-invalid`).
      const more = p.rejected && p.rejected > 1 ? ` (${p.rejected} rows rejected in all${surface === 'cli' ? '; --skip-invalid imports the rest' : ''})` : '';
      return `${p.file} line ${p.line}: ${p.reason}${more}; nothing was imported`;
    }
    case 'not-tac-layout':
      return `${p.file} line ${p.line}: not the Osmocom TAC layout: the header must start with tac,name,name (brand, model)`;
    case 'bad-tac-rows':
      return `${p.file}: ${p.count} bad ${p.count === 1 ? 'row' : 'rows'}, nothing imported (${p.first.join('; ')}${p.count > p.first.length ? '; …' : ''})`;
    case 'no-tac-rows':
      return `${p.file} has no TAC rows, nothing imported`;
    case 'malformed-csv':
      return `${p.file} line ${p.line}: malformed CSV: ${p.reason}`;
    case 'empty-file':
      return `${p.file} is empty`;
    case 'not-utf8':
      return `${p.file} line ${p.line}: not UTF-8 text; save the file as UTF-8 and import it again`;
    case 'unreadable-file':
      return `Cannot read ${p.file}: ${p.reason}`;
    case 'not-json':
      return `${p.file}: not valid JSON: ${p.reason}`;
    case 'not-a-device-list':
      return `${p.file}: expected a JSON list of devices`;
    case 'price-header':
      return `${p.file} line 1: the header must name the columns model or name, price and currency (optional: store, date); it has ${p.columns.join(', ')}`;
    case 'price-row':
      return `${p.file} line ${p.line}: ${p.reason}`;
    case 'no-price-rows':
      return `${p.file} line 1: no price rows after the header`;
    case 'price-without-phone':
      return `${p.file} line ${p.line}: no model or name: say which phone the price is for`;
    case 'bad-price':
      return `${p.file} line ${p.line}: price "${p.price}" is not a positive number (write 1299.99, no currency sign or thousands separator)`;
    case 'price-currency':
      return `${p.file} line ${p.line}: no exchange rate for currency "${p.currency}"`;
    case 'bad-price-date':
      return `${p.file} line ${p.line}: date "${p.date}" is not YYYY-MM-DD (or YYYY-MM, YYYY)`;
    case 'bad-body-record':
      return `Body field "${p.field}": ${p.reason}`;
    default:
      return undefined; // a kind of another area
  }
}
