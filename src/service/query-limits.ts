import { BandfitError } from '../errors.js';

/** At most this many phones in one trip or comparison; each costs a pass over every carrier. */
export const MAX_DEVICES = 10;
/** At most this many countries in one trip. */
export const MAX_COUNTRIES = 30;
/** The largest `limit` of a `phones` answer. */
export const MAX_PHONES_LIMIT = 100;
/** The largest `limit` of a `devices` search. */
export const MAX_DEVICES_LIMIT = 50;

/**
 * Throws `E_BAD_INPUT` naming `parameter` when a list is longer than its limit: the one check
 * behind the CLI and the HTTP routes (whose schemas state the same limits for OpenAPI).
 */
export function atMost(count: number, max: number, parameter: string, what: string): void {
  if (count > max) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'too-many', parameter, max, count, what });
}

/**
 * Throws `E_BAD_INPUT` naming `parameter` unless `limit` is a whole number from 1 to `max`, the
 * range the query's schema states: a library call takes a typed query the schema has not seen.
 */
export function checkLimit(limit: number | undefined, max: number, parameter = 'limit'): void {
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= max)) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-limit', parameter, input: String(limit), max });
}

/** The largest import or spec page, in bytes (an import body, a pasted page). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
