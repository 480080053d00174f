import type { CarrierLayerRecord } from './merge-carriers.js';
import { carrierProblems, type CarrierProblem } from './validate-carrier.js';
import type { CarrierBand, Source } from './types.js';

/**
 * A record as one source's reader made it from one row (a line of a CSV file, an item of a JSON
 * list), with its line: the shape every carrier source is read into before it is validated
 * (`carrierProblems`) and merged (`combineCarrierRows`, then `mergeCarriers`).
 */
export interface CarrierRow {
  line: number;
  record: CarrierLayerRecord;
}

/** A row that cannot be used, by line, with the first thing wrong with it (in words). */
export interface RowProblem {
  line: number;
  reason: string;
}

/** A row the validator refused, with its first problem. */
export interface InvalidRow {
  line: number;
  problem: CarrierProblem;
}

/**
 * The rows of one import, validated and combined: every row's problems with the record checked
 * as an overlay (`partial`), and one record per network, in the order first met, where later
 * rows add bands and sources and replace the other fields they give.
 *
 * @example
 * const { records, rejected } = checkedCarrierRows(rows);
 * if (!rejected.length) await store.upsertCarrierOverlays(records);
 */
export function checkedCarrierRows(rows: readonly CarrierRow[]): { records: CarrierLayerRecord[]; rejected: InvalidRow[] } {
  const rejected: InvalidRow[] = [];
  const good = rows.filter(({ line, record }) => {
    const problem = carrierProblems(record, 'partial')[0];
    if (problem) rejected.push({ line, problem });
    return !problem;
  });
  return { records: combineCarrierRows(good), rejected };
}

/** Rows of the same network folded into one record (bands and sources added once each). */
export function combineCarrierRows(rows: readonly CarrierRow[]): CarrierLayerRecord[] {
  const byId = new Map<string, CarrierLayerRecord>();
  for (const { record } of rows) {
    const before = byId.get(record.id);
    if (!before) {
      byId.set(record.id, { ...record });
      continue;
    }
    const { lte, nr, sources, ...rest } = record;
    Object.assign(before, rest);
    if (lte) before.lte = addBands(before.lte, lte);
    if (nr) before.nr = addBands(before.nr, nr);
    if (sources) before.sources = addSources(before.sources, sources);
  }
  return [...byId.values()];
}

const addBands = (list: CarrierBand[] | undefined, more: CarrierBand[]): CarrierBand[] =>
  [...(list ?? []), ...more.filter((b) => !(list ?? []).some((a) => a.band === b.band))];

/** Sources by what they cite: the same row cited twice is one source. */
const addSources = (list: Source[] | undefined, more: Source[]): Source[] => {
  const key = (s: Source) => `${s.title}|${s.ref ?? ''}`;
  const seen = new Set((list ?? []).map(key));
  return [...(list ?? []), ...more.filter((s) => !seen.has(key(s)))];
};
