/**
 * TAC tables: the Osmocom tacdb CSV layout (licence line first, then
 * `tac,name,name,contributor,comment,gsmarena,gsmarena,aka`) and the Samsung layout
 * (`tac,model,model2,...`, may start with a BOM). Pure: text in, rows out.
 */
import { parse } from 'csv-parse/sync';

export interface TacRow {
  tac: string;
  brand: string;
  /**
   * The table's model (a Samsung model code, an Osmocom model name) first, then the other model
   * codes it lists for the TAC (Samsung `model2…`, Osmocom `aka`): SM-S928U, "iPhone SE", A1662.
   */
  models: string[];
  /** Which table and line identified the phone, e.g. "osmocom-tacdb.csv line 3". */
  row: string;
}

/** Line endings made one: the Osmocom export ends its licence line in LF and every other in CRLF. */
function records(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
}

/** Rows of an Osmocom-layout table; `table` names it in each row's `row`. */
export function parseOsmocomTacs(text: string, table: string): TacRow[] {
  const lines = records(text);
  const start = lines.findIndex((cells) => cells[0] === 'tac') + 1;
  return lines.slice(start).flatMap((cells, i) => {
    const [tac = '', brand = '', model = ''] = cells.map((cell) => cell.trim());
    if (!/^\d{8}$/.test(tac) || !brand) return [];
    const aka = (cells[7] ?? '').split(',').map((code) => code.trim()).filter((code) => code && code !== model);
    return [{ tac, brand, models: [...new Set([model, ...aka].filter(Boolean))], row: `${table} line ${start + i + 1}` }];
  });
}

/** Rows of the Samsung-layout table (every row is a Samsung phone). */
export function parseSamsungTacs(text: string, table: string): TacRow[] {
  return records(text).flatMap((cells, i) => {
    const [tac = '', ...models] = cells.map((cell) => cell.trim());
    if (!/^\d{8}$/.test(tac)) return [];
    return [{ tac, brand: 'Samsung', models: models.filter(Boolean), row: `${table} line ${i + 1}` }];
  });
}

/** The row for a TAC: the first table that knows it wins (pass user rows first). */
export function lookupTac(tables: TacRow[][], tac: string): TacRow | undefined {
  for (const rows of tables) {
    const hit = rows.find((row) => row.tac === tac);
    if (hit) return hit;
  }
  return undefined;
}
