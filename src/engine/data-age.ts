import type { Carrier } from '../catalog/types.js';
import { monthsSinceChecked } from './as-of.js';

/** A record not checked for this many months is flagged stale. */
export const STALE_AFTER_MONTHS = 12;

/** How old a carrier's facts are on the day asked. */
export interface DataAge {
  /** The day the record was last checked against its sources; `null` when no one checked it (derived records). */
  checked: string | null;
  /** Whole months from `checked` to the day asked; `null` when `checked` is. */
  months: number | null;
  /** Not checked in the last 12 months, or never. */
  stale: boolean;
}

/**
 * The last age worked out per carrier object, frozen: every check of a day asks it for each
 * carrier judged, twice (the answer's `dataAge` and its DATA_STALE reason). Pure: the day is
 * an argument, and a carrier object never changes.
 */
const ages = new WeakMap<Carrier, { asOf: string; age: DataAge }>();

/**
 * The age of a carrier's data on `asOf`: its `checked` date, else the latest `checked` date of
 * its sources. A record derived from `mcc-mnc-list` band text has none, so it is stale: no one
 * vouched for it (docs/verdicts.md, "Verdicts as of a date").
 */
export function dataAge(carrier: Carrier, asOf: string): DataAge {
  const last = ages.get(carrier);
  if (last?.asOf === asOf) return last.age;
  const checked = carrier.checked ?? carrier.sources.map((s) => s.checked).filter((d): d is string => !!d).sort().at(-1) ?? null;
  const months = checked ? Math.max(0, monthsSinceChecked(checked, asOf)) : null;
  const age: DataAge = Object.freeze({ checked, months, stale: months === null || months >= STALE_AFTER_MONTHS });
  ages.set(carrier, { asOf, age });
  return age;
}
