/** Radio access technologies bandfit knows. TD-SCDMA is kept apart from UMTS (FDD). */
export type Tech = 'GSM' | 'CDMA' | 'UMTS' | 'TDSCDMA' | 'LTE' | 'NR';

export const TECHS: readonly Tech[] = ['GSM', 'CDMA', 'UMTS', 'TDSCDMA', 'LTE', 'NR'];

/** FDD pairs an uplink with a downlink; TDD shares one range; SDL/SUL are one-way add-ons. */
export type Duplex = 'FDD' | 'TDD' | 'SDL' | 'SUL';

/** A frequency range in MHz, low then high. */
export type MhzRange = readonly [number, number];

/**
 * One band of the registry. Band ids are stable strings:
 * GSM `GSM450` `GSM480` `GSM750` `GSM850` `GSM900` (E-GSM) `GSM900R` (R-GSM) `GSM1800` `GSM1900`;
 * CDMA band classes `BC0` … `BC21`; UMTS FDD `U1` … `U26`; TD-SCDMA `TD34` `TD39` `TD40`;
 * LTE `B1` … `B106`; NR `n1` … `n263`.
 */
export interface BandInfo {
  id: string;
  tech: Tech;
  /** The band number in its own scheme (UMTS band I is 1, BC0 is 0, GSM 850 is 850). */
  number: number;
  duplex: Duplex;
  /** Uplink range; absent for SDL and for TDD (where it equals the downlink). */
  ul?: MhzRange;
  /** Downlink range (for TDD the shared range; for SUL the uplink range). */
  dl: MhzRange;
  /** The everyday name: `700 a`, `AWS-1`, `PCS 1900`, `C-band`. */
  name: string;
  /** Frequency range 2 (mmWave) for NR bands n257 and up. */
  mmWave?: boolean;
  /** Licence-assisted access (unlicensed spectrum, B46) or similar non-standalone use. */
  unlicensed?: boolean;
  /** The specification table the ranges come from. */
  source: string;
}

/** State of a technology on a carrier's network. */
export type TechState = 'active' | 'ending' | 'off' | 'none' | 'unknown';
