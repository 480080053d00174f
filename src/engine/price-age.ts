import type { Device, Price } from '../catalog/types.js';
import { lastDayOf } from './as-of.js';

/** A price older than this many years, as of the day asked, is flagged: a launch price of 2021 is not what a phone costs now. */
export const OLD_PRICE_YEARS = 3;

export interface PriceDate {
  /** ISO date (as precise as known) the price is of. */
  date: string;
  /** `price`: the price's own date; `released` or `announced`: a launch price without one, dated by the launch. */
  dateOf: 'price' | 'released' | 'announced';
}

/** The date a price is of: its own, else the phone's release or announce date; `undefined` when none is known. */
export function priceDate(price: Pick<Price, 'date'>, device: Pick<Device, 'released' | 'announced'>): PriceDate | undefined {
  if (price.date) return { date: price.date, dateOf: 'price' };
  if (device.released) return { date: device.released, dateOf: 'released' };
  if (device.announced) return { date: device.announced, dateOf: 'announced' };
  return undefined;
}

/**
 * True when a price dated `date` is more than OLD_PRICE_YEARS years before `asOf` (`YYYY-MM-DD`).
 *
 * @example
 * isOldPrice('2021-06', '2026-12-03'); // true
 * isOldPrice('2024', '2026-12-03');    // false
 */
export function isOldPrice(date: string, asOf: string): boolean {
  const cutoff = `${String(Number(asOf.slice(0, 4)) - OLD_PRICE_YEARS).padStart(4, '0')}${asOf.slice(4)}`;
  // A partial date is read as its last day, so only a surely old price is flagged.
  return lastDayOf(date) < cutoff;
}
