import type { CarrierBand, TechStatus } from './types.js';

/** The status of a technology no source speaks of (shared, so never mutated). */
export const UNKNOWN: TechStatus = Object.freeze({ state: 'unknown' });
const LIVE = new Set(['active', 'ending']);

/**
 * A technology's status where two sources can give it: the preferred one (a curated record, an
 * imported overlay) wins only where it knows something. Its `unknown`, or no status at all,
 * keeps the other's known fact (Telcel's curated GSM is `unknown`, its mcc-mnc-list entry says
 * "GSM shut down Sep 2020": GSM is off). A live status without bands takes the other's bands,
 * and an `unknown` with bands keeps them where the other knows the state but not the bands.
 *
 * @example
 * knownOr({ state: 'unknown' }, { state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020' });
 * // { state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020' }
 */
export function knownOr(preferred: TechStatus | undefined, other: TechStatus | undefined): TechStatus {
  const known = other && other.state !== 'unknown' ? other : undefined;
  if (preferred && preferred.state !== 'unknown') {
    if (LIVE.has(preferred.state) && !preferred.bands?.length && other?.bands?.length) {
      return { ...preferred, bands: other.bands, ...(other.from ? { from: other.from } : {}) };
    }
    return preferred;
  }
  if (known) return { ...known, ...(!known.bands?.length && preferred?.bands?.length ? { bands: preferred.bands } : {}) };
  return preferred ?? other ?? UNKNOWN;
}

/** A band list where two sources can give it: the preferred one when it gives one at all (an empty list is a claim). */
export const bandsOr = (preferred: CarrierBand[] | undefined, other: CarrierBand[]): CarrierBand[] => preferred ?? other;

/** A derived status marked as coming from `mcc-mnc-list` (so a merged record says which facts are whose). */
export const fromMccMncList = (status: TechStatus): TechStatus =>
  status.state === 'unknown' ? status : { ...status, from: 'mcc-mnc-list' };

/** Derived bands marked as coming from `mcc-mnc-list`. */
export const bandsFromMccMncList = (bands: readonly CarrierBand[]): CarrierBand[] =>
  bands.map((band) => ({ ...band, from: 'mcc-mnc-list' }));
