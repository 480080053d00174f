import type { TacRow } from '../catalog/tac-table.js';
import { BandfitError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { RejectedRow } from './import-devices.js';
import { readCsv } from './read-csv.js';
import { readInputFile } from './read-input-file.js';

export interface TacImportReport {
  file: string;
  rows: number;
  inserted: number;
  updated: number;
}

/**
 * Rows of a TAC table in the Osmocom tacdb layout: an optional licence line, the header
 * `tac,name,name[,contributor,comment,gsmarena,gsmarena,aka]` (brand, model; `aka` the other
 * model codes, comma-separated), then one TAC per line. Every bad row is reported with its line.
 */
export function readTacTable(text: string, name: string): { rows: TacRow[]; rejected: RejectedRow[] } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The Osmocom export starts with its licence line: skip it and count it in the line numbers.
  const skip = /^tac,/i.test(normalised) ? 0 : 1;
  const body = skip ? normalised.slice(normalised.indexOf('\n') + 1) : normalised;
  const { header, rows, problems } = readCsv(body, name);
  if (header[0]?.toLowerCase() !== 'tac' || header.length < 3) {
    throw new BandfitError({ code: 'E_IMPORT', kind: 'not-tac-layout', file: name, line: 1 + skip }, { path: [1 + skip] });
  }
  const rejected: RejectedRow[] = problems.map((p) => ({ line: p.line + skip, reason: p.reason }));
  const [tacCol, brandCol, modelCol] = header as [string, string, string];
  const akaCol = header.find((h) => h.toLowerCase() === 'aka');
  const seen = new Map<string, number>();
  const out: TacRow[] = [];
  for (const { line: csvLine, cells } of rows) {
    const line = csvLine + skip;
    const tac = (cells[tacCol] ?? '').trim();
    const brand = (cells[brandCol] ?? '').trim();
    const model = (cells[modelCol] ?? '').trim();
    const reason = !/^\d{8}$/.test(tac)
      ? `TAC "${tac}" is not 8 digits`
      : !brand || !model
        ? 'brand or model is empty'
        : seen.has(tac)
          ? `TAC ${tac} is given twice (line ${seen.get(tac)} too)`
          : undefined;
    if (reason) {
      rejected.push({ line, reason });
      continue;
    }
    seen.set(tac, line);
    const aka = akaCol ? (cells[akaCol] ?? '').split(',').map((c) => c.trim()).filter((c) => c && c !== model) : [];
    out.push({ tac, brand, models: [...new Set([model, ...aka])], row: `${name} line ${line}` });
  }
  return { rows: out, rejected: rejected.sort((a, b) => a.line - b.line) };
}

/**
 * `bandfit import tacs FILE`: all rows or none. Bad rows abort the import with `E_IMPORT`
 * listing each line and reason (`details.rejected`); good ones are stored with origin `user`
 * and answer `--imei` at once (the write bumps the data version).
 *
 * @example
 * await importTacs(store, 'my-tacs.csv'); // { rows: 2, inserted: 2, updated: 0 }
 */
export async function importTacs(store: Store, file: string): Promise<TacImportReport> {
  const { text, name } = await readInputFile(file);
  const { rows, rejected } = readTacTable(text, name);
  if (rejected.length) {
    const first = rejected.slice(0, 5).map((r) => `line ${r.line}: ${r.reason}`);
    throw new BandfitError({ code: 'E_IMPORT', kind: 'bad-tac-rows', file: name, count: rejected.length, first }, {
      path: [rejected[0]!.line], rejected,
    });
  }
  if (!rows.length) throw new BandfitError({ code: 'E_IMPORT', kind: 'no-tac-rows', file: name }, { path: [1] });
  const { inserted, updated } = await store.upsertTacs(rows);
  return { file: name, rows: rows.length, inserted, updated };
}
