import type { NrMode, TechState } from '../catalog/types.js';
import type { Tech } from '../bands/types.js';
import type { BandSet } from '../bands/band-set.js';

/** Verdict levels, best first. `unknown` means the data is not enough to say. */
export type Level = 'full' | 'partial' | 'limited' | 'none' | 'unknown';

/** Rank of a level for comparisons (higher is better); `unknown` ranks below `none`. */
export const LEVEL_RANK: Record<Level, number> = { full: 4, partial: 3, limited: 2, none: 1, unknown: 0 };

/** What the engine needs to know of a phone (one variant). */
export interface PhoneProfile {
  bands: BandSet;
  /** VoLTE support: `undefined` when not known (pasted band text). */
  volte?: boolean;
  /** 5G modes, where known: a phone with `['NSA']` gets no 5G on a standalone-only network. */
  nrModes?: NrMode[];
  /** Network ids whose device lists name this phone (certified there). */
  certifiedBy?: string[];
}

/**
 * How the phone makes calls on the carrier, the second dimension of a verdict (the level is
 * the first, data): over VoLTE, over a 2G/3G network, not confirmed, or not at all.
 */
export type Calls = 'volte' | 'circuit-switched' | 'unconfirmed' | 'none';

export type ReasonCode =
  | 'UNKNOWN_CARRIER_BANDS'
  | 'UNKNOWN_PHONE_BANDS'
  | 'NO_OVERLAP'
  | 'LEGACY_ONLY'
  | 'MISSING_COVERAGE_BAND'
  | 'MISSING_CAPACITY_BANDS'
  | 'MISSING_SUPPLEMENTAL_BANDS'
  | 'TECH_OFF'
  | 'TECH_OFF_PLANNED'
  | 'TECH_ENDING'
  | 'DATA_STALE'
  | 'NO_VOICE'
  | 'NO_VOLTE'
  | 'VOLTE_NEEDED'
  | 'VONR_NEEDED'
  | 'CERTIFIED_DEVICES_ONLY'
  | 'NR_SA_ONLY'
  | 'NR_SA_UNCONFIRMED'
  | 'NR_ONLY_OVERLAP'
  | 'NO_5G'
  | 'MISSING_5G_BANDS'
  | 'NO_5G_OVERLAP';

/** Why a verdict is what it is: a stable code, the words, and the bands involved. */
export interface Reason {
  code: ReasonCode;
  message: string;
  bands: string[];
  /** The switch-off date of `TECH_ENDING`, `TECH_OFF` and `TECH_OFF_PLANNED`, where known. */
  date?: string;
}

export type BandRole = 'coverage' | 'capacity' | 'supplemental' | 'legacy';

export interface BandCheck {
  band: string;
  role: BandRole;
  /** A second number the carrier lists for the block of this band: met as that band is. */
  sameBlockAs?: string;
  supported: boolean;
}

/** One technology of the carrier, band by band. */
export interface TechVerdict {
  tech: Tech;
  state: TechState;
  /** Switch-off date, done or planned. */
  date?: string;
  /** `data` is the technology the level rests on; `5g` adds speed; `legacy` is 2G/3G. */
  role: 'data' | '5g' | 'legacy';
  bands: BandCheck[];
  supported: string[];
  missing: string[];
}

export interface Verdict {
  level: Level;
  /** 0..1, weighted by band role; `null` when the level is `unknown`. */
  score: number | null;
  /** How the phone makes calls on this carrier (the calls dimension; `unconfirmed` when the level is `unknown`). */
  calls: Calls;
  /** The same as `calls` in the words of the first API version (`volte-unconfirmed`, `unknown`). */
  voice: 'volte' | 'volte-unconfirmed' | 'circuit-switched' | 'none' | 'unknown';
  technologies: TechVerdict[];
  reasons: Reason[];
}

export type { Tech, TechState };
