import { BandfitError } from '../errors.js';

/** At most this many phones in one trip or comparison; each costs a pass over every carrier. */
export const MAX_DEVICES = 10;
/** At most this many countries in one trip. */
export const MAX_COUNTRIES = 30;

/**
 * Throws `E_BAD_INPUT` naming `parameter` when a list is longer than its limit: the one check
 * behind the CLI and the HTTP routes (whose schemas state the same limits for OpenAPI).
 */
export function atMost(count: number, max: number, parameter: string, what: string): void {
  if (count > max) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'too-many', parameter, max, count, what });
}

/** The largest import or spec page, in bytes (an import body, a pasted page). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
