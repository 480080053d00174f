import { BandfitError } from '../errors.js';
import type { Carrier, TechStatus } from '../catalog/types.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

let lastChecked: string | undefined;

/** Throws E_BAD_INPUT unless `asOf` is a real calendar day written `YYYY-MM-DD`. */
export function checkAsOf(asOf: string): string {
  // Every query of a day passes the same day: checked once (a Date and a toISOString each).
  if (asOf === lastChecked) return asOf;
  const m = ISO_DAY.exec(asOf);
  const day = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
  if (!m || !day || day.toISOString().slice(0, 10) !== asOf) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-date', input: asOf });
  }
  return (lastChecked = asOf);
}

/**
 * The last day a switch-off date can mean: `2026` is 2026-12-31, `2026-06` is 2026-06-30.
 * A partial date is read as "by the end of that period", so a network stays on until the
 * whole period has passed (docs/verdicts.md, "Verdicts as of a date").
 */
export function lastDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const last = new Date(Date.UTC(+month[1]!, +month[2]!, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

/** True when a switch-off dated `date` has happened on or before `asOf`. */
export function isPassed(date: string, asOf: string): boolean {
  return lastDayOf(date) <= asOf;
}

/** A legacy technology turned off by the date alone: planned, and no source confirms it since. */
export interface PlannedOff {
  tech: string;
  date: string;
}

const LEGACY = ['gsm', 'umts', 'cdma', 'tdscdma'] as const;
const TECH_OF: Record<(typeof LEGACY)[number], string> = { gsm: 'GSM', umts: 'UMTS', cdma: 'CDMA', tdscdma: 'TDSCDMA' };
const cache = new WeakMap<Carrier, Map<string, Carrier>>();
const planned = new WeakMap<Carrier, PlannedOff[]>();

/**
 * Dates kept per carrier. Most questions ask today, a few ask a trip's dates; a client asking
 * a new date every time would otherwise grow the server by a carrier copy (and its compiled
 * kernel form) per date. Past the limit the date kept longest goes (first in, first out: a hit
 * costs one lookup, with no reordering on the hot path), and asking it again rebuilds it.
 */
export const DATES_KEPT_PER_CARRIER = 8;

/**
 * The carrier as it stands on `asOf`: an `ending` technology whose date has passed is `off`.
 * The same object comes back for the same (carrier, asOf) while that date is kept (up to
 * `DATES_KEPT_PER_CARRIER` per carrier), so the compiled kernel form is cached per date too.
 * Pure: the date is an argument.
 */
export function carrierAsOf(carrier: Carrier, asOf: string): Carrier {
  let byDate = cache.get(carrier);
  const hit = byDate?.get(asOf);
  if (hit) return hit;
  const offs: PlannedOff[] = [];
  const changed: Partial<Record<(typeof LEGACY)[number], TechStatus>> = {};
  for (const key of LEGACY) {
    const status = carrier[key];
    if (status?.state === 'ending' && status.date && isPassed(status.date, asOf)) {
      changed[key] = { ...status, state: 'off' };
      offs.push({ tech: TECH_OF[key], date: status.date });
    }
  }
  const result = offs.length ? ({ ...carrier, ...changed } as Carrier) : carrier;
  if (offs.length) planned.set(result, offs);
  if (!byDate) cache.set(carrier, (byDate = new Map()));
  if (byDate.size >= DATES_KEPT_PER_CARRIER) byDate.delete(byDate.keys().next().value!);
  byDate.set(asOf, result);
  return result;
}

/** How many dates `carrierAsOf` keeps for this carrier (never above `DATES_KEPT_PER_CARRIER`). */
export function datesKept(carrier: Carrier): number {
  return cache.get(carrier)?.size ?? 0;
}

/** Technologies `carrierAsOf` turned off by date alone (empty for an unchanged carrier). */
export function plannedOffs(carrier: Carrier): PlannedOff[] {
  return planned.get(carrier) ?? [];
}

/** Whole months between the record's `checked` day and `asOf`; stale from 12 on. */
export function monthsSinceChecked(checked: string, asOf: string): number {
  const [cy, cm, cd] = checked.split('-').map(Number) as [number, number, number?];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return (ay - cy) * 12 + (am - cm) - ((cd ?? 1) > ad ? 1 : 0);
}
