import { findBand } from '../bands/registry.js';
import type { CarrierLayerRecord } from './merge-carriers.js';

/**
 * One thing wrong with a carrier record: where in the record (`path`, and `at`, the list item
 * as a message writes it: `lte[0]`, `gsm.bands[2]`, empty for a field) and what, in words. A
 * curated record's message says both; a CSV row is one band, so its line and `reason` say it.
 */
export interface CarrierProblem {
  path: (string | number)[];
  at: string;
  reason: string;
}

/** The problem as one phrase: `lte[0] band "B999" is not a LTE band of the registry`. */
export const problemText = (problem: CarrierProblem): string => (problem.at ? `${problem.at} ${problem.reason}` : problem.reason);

const STATES = new Set(['active', 'ending', 'off', 'none', 'unknown']);
const DATE = /^\d{4}(-\d{2}){0,2}$/;

/**
 * The one validator of carrier records, for every source: a curated record of `data/carriers`
 * (`complete`: kind and sources are required) and an imported overlay or one row of an import
 * (`partial`: only what it gives is checked). Ids are `<cc>-<slug>` of their country; LTE and
 * 5G bands are bands of that technology in the registry, with a layer; statuses are bandfit's
 * states, with `YYYY[-MM[-DD]]` dates and registry band ids. Returns every problem, none thrown.
 *
 * @example
 * carrierProblems({ id: 'gb-ee', country: 'GB', lte: [{ band: 'B999', layer: 'capacity' }] }, 'partial');
 * // [{ path: ['lte', 0, 'band'], at: 'lte[0]', reason: 'band "B999" is not a LTE band of the registry' }]
 */
export function carrierProblems(record: CarrierLayerRecord, mode: 'complete' | 'partial'): CarrierProblem[] {
  const problems: CarrierProblem[] = [];
  const add = (reason: string, at: string, ...path: (string | number)[]) => problems.push({ path, at, reason });
  if (!record || typeof record.id !== 'string' || !/^[a-z]{2}-[a-z0-9-]+$/.test(record.id)) {
    add('id must be "<cc>-<slug>"', '', 'id');
    return problems;
  }
  if (record.id.slice(0, 2) !== record.country?.toLowerCase()) add(`id does not start with country ${record.country}`, '', 'country');
  if ((mode === 'complete' || record.kind !== undefined) && record.kind !== 'mno' && record.kind !== 'mvno') add('kind must be "mno" or "mvno"', '', 'kind');
  if (mode === 'complete' ? !Array.isArray(record.sources) || record.sources.length === 0 : record.sources !== undefined && !Array.isArray(record.sources)) {
    add('no sources', '', 'sources');
  }
  for (const field of ['lte', 'nr'] as const) {
    const tech = field === 'lte' ? 'LTE' : 'NR';
    (record[field] ?? []).forEach((item, index) => {
      const band = findBand(item?.band ?? '');
      if (!band || band.tech !== tech) add(`band "${item?.band}" is not a ${tech} band of the registry`, `${field}[${index}]`, field, index, 'band');
      if (item?.layer !== 'coverage' && item?.layer !== 'capacity') add(`layer "${item?.layer}" is not coverage or capacity`, `${field}[${index}]`, field, index, 'layer');
    });
  }
  for (const field of ['gsm', 'umts', 'cdma'] as const) {
    const status = record[field];
    if (status === undefined) continue;
    if (!STATES.has(status?.state)) add(`${field} state "${status?.state}" is not one of ${[...STATES].join(', ')}`, '', field, 'state');
    if (status?.date !== undefined && !DATE.test(status.date)) add(`${field} date "${status.date}" is not YYYY, YYYY-MM or YYYY-MM-DD`, '', field, 'date');
    (status?.bands ?? []).forEach((id, index) => {
      if (!findBand(id)) add(`"${id}" is not in the band registry`, `${field}.bands[${index}]`, field, 'bands', index);
    });
  }
  return problems;
}
