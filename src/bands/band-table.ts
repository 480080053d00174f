import { BandfitError } from '../errors.js';
import { CDMA_ROWS, GSM_IDS, GSM_ROWS } from './table-gsm-cdma.js';
import { LTE_ROWS } from './table-lte.js';
import { NR_FR1_ROWS, NR_FR2_ROWS, NR_NTN_ROWS } from './table-nr.js';
import { TDSCDMA_ROWS, UMTS_ROWS } from './table-umts.js';
import type { BandInfo, Duplex, MhzRange, Tech } from './types.js';

/**
 * One band as the per-technology tables write it, in MHz:
 * - FDD: `[number, 'FDD', ulLow, ulHigh, dlLow, dlHigh, name]`
 * - TDD: `[number, 'TDD', low, high, null, null, name]` (one shared range)
 * - SDL: `[number, 'SDL', dlLow, dlHigh, null, null, name]`
 * - SUL: `[number, 'SUL', ulLow, ulHigh, null, null, name]`
 * An optional eighth cell flags unlicensed spectrum.
 */
export type BandRow = readonly [
  number: number,
  duplex: Duplex,
  a: number,
  b: number,
  c: number | null,
  d: number | null,
  name: string,
  flag?: 'unlicensed',
];

interface Section {
  tech: Tech;
  rows: readonly BandRow[];
  source: string;
  id: (number: number) => string;
  mmWave?: boolean;
}

/**
 * The sections in registry order: GSM, CDMA, UMTS, TD-SCDMA, LTE, NR, each ascending by
 * number. The position of a band is its bit in a `BandSet`, so this order is part of the
 * compiled catalog format (see docs/bands.md).
 */
const SECTIONS: readonly Section[] = [
  { tech: 'GSM', rows: GSM_ROWS, source: '3GPP TS 45.005 §2', id: (n) => GSM_IDS[n] ?? `GSM${n}` },
  { tech: 'CDMA', rows: CDMA_ROWS, source: '3GPP2 C.S0057', id: (n) => `BC${n}` },
  { tech: 'UMTS', rows: UMTS_ROWS, source: '3GPP TS 25.101 table 5.0', id: (n) => `U${n}` },
  { tech: 'TDSCDMA', rows: TDSCDMA_ROWS, source: '3GPP TS 25.102 §5.2', id: (n) => `TD${n}` },
  { tech: 'LTE', rows: LTE_ROWS, source: '3GPP TS 36.101 table 5.5-1', id: (n) => `B${n}` },
  { tech: 'NR', rows: NR_FR1_ROWS, source: '3GPP TS 38.101-1 table 5.2-1', id: (n) => `n${n}` },
  { tech: 'NR', rows: NR_NTN_ROWS, source: '3GPP TS 38.101-5 table 5.2-1', id: (n) => `n${n}` },
  {
    tech: 'NR',
    rows: NR_FR2_ROWS,
    source: '3GPP TS 38.101-2 table 5.2-1',
    id: (n) => `n${n}`,
    mmWave: true,
  },
];

function toBand(section: Section, row: BandRow): BandInfo {
  const [number, duplex, a, b, c, d, name, flag] = row;
  const first: MhzRange = [a, b];
  const band: BandInfo = {
    id: section.id(number),
    tech: section.tech,
    number,
    duplex,
    dl: first,
    name,
    source: section.source,
  };
  if (duplex === 'FDD') {
    // An FDD row without its downlink pair is a typo in a table, not a band.
    if (c === null || d === null) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'band-without-downlink', band: band.id });
    }
    band.ul = first;
    band.dl = [c, d];
  } else if (duplex === 'SUL') {
    // types.ts: an SUL band keeps its (uplink) range in `dl`; `ul` says the same explicitly.
    band.ul = first;
  }
  if (section.mmWave) band.mmWave = true;
  if (flag === 'unlicensed') band.unlicensed = true;
  return band;
}

/** Every band bandfit knows, in registry (bitset) order. */
export const BAND_TABLE: readonly BandInfo[] = SECTIONS.flatMap((section) =>
  section.rows.map((row) => toBand(section, row)),
);
