import { parse } from 'csv-parse/sync';
import { BandfitError } from '../errors.js';

/** One data row of a CSV file, with the file line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A row the reader could not turn into cells (bad quoting, wrong number of fields). */
export interface CsvProblem {
  line: number;
  reason: string;
}

/**
 * Reads a whole CSV text into rows keyed by header. Malformed rows are returned as problems
 * with their line numbers instead of stopping the read, so the importer can report them all;
 * a file that cannot be read past some point (an unclosed quote) throws `E_IMPORT` with the line.
 * Blank header names become `_blank`, repeated ones get `_1`, `_2` (as the foykes files need).
 */
export function readCsv(text: string, file: string): { header: string[]; rows: CsvRow[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) problems.push({ line: Number(error.lines ?? 0), reason: `malformed CSV: ${error.message}` });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const line = Number((cause as { lines?: number }).lines ?? 0);
    throw new BandfitError({ code: 'E_IMPORT', kind: 'malformed-csv', file, line, reason: (cause as Error).message }, { path: [line] }, cause);
  }
  const first = records.shift();
  if (!first) throw new BandfitError({ code: 'E_IMPORT', kind: 'empty-file', file }, { path: [1] });
  const seen = new Map<string, number>();
  const header = first.record.map((name) => {
    const base = name.trim() === '' ? '_blank' : name.trim();
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}_${count}`;
  });
  const rows: CsvRow[] = [];
  let previousEnd = first.info.lines;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.length !== header.length) {
      problems.push({ line, reason: `malformed CSV: ${record.length} fields where the header has ${header.length}` });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => (cells[name] = record[i]!));
    rows.push({ line, cells });
  }
  // csv-parse reports a skipped record at the line it ends on; report the line it starts on,
  // the one after the record before it.
  const ends = [first.info.lines, ...records.map((r) => r.info.lines)];
  for (const problem of problems) {
    const before = ends.filter((end) => end < problem.line);
    if (before.length) problem.line = Math.max(...before) + 1;
  }
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems };
}
