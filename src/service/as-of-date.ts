import { checkAsOf } from '../engine/as-of.js';
import { BandfitError, isBandfitError } from '../errors.js';
import type { Snapshot } from './snapshot.js';

/**
 * The day a query is answered for: the one asked (checked: `YYYY-MM-DD`, a real day, else
 * `E_BAD_INPUT` naming `asOf`), else the carrier catalog's build date. The adapters (CLI,
 * HTTP) always pass today's date, so the fallback only serves library callers that give none;
 * the queries themselves never read the clock.
 */
export function asOfDate(data: Snapshot, asOf: string | undefined): string {
  if (asOf === undefined) return data.carriers.buildDate;
  try {
    return checkAsOf(asOf);
  } catch (error) {
    if (isBandfitError(error) && error.problem?.kind === 'bad-date') throw new BandfitError({ ...error.problem, parameter: 'asOf' });
    throw error;
  }
}
