import type { BandRow } from './band-table.js';

/**
 * GSM bands, 3GPP TS 45.005 §2 ("Frequency bands and channel arrangement").
 * A GSM band has no 3GPP number, so `number` is its nominal MHz. E-GSM and R-GSM are both
 * "900": E-GSM keeps 900 (what phone spec sheets mean by "GSM 900") and R-GSM takes 876, the
 * low edge of its uplink, so numbers stay unique and ascending within the technology.
 */
export const GSM_ROWS: readonly BandRow[] = [
  [450, 'FDD', 450.4, 457.6, 460.4, 467.6, 'GSM 450'],
  [480, 'FDD', 478.8, 486, 488.8, 496, 'GSM 480'],
  [750, 'FDD', 777, 792, 747, 762, 'GSM 750'],
  [850, 'FDD', 824, 849, 869, 894, '850'],
  // R-GSM (railways) extends E-GSM down to 876 / 921.
  [876, 'FDD', 876, 915, 921, 960, 'R-GSM 900'],
  // E-GSM 880-915 / 925-960 contains primary GSM (P-GSM 890-915 / 935-960): one id covers both.
  [900, 'FDD', 880, 915, 925, 960, 'E-GSM 900'],
  [1800, 'FDD', 1710, 1785, 1805, 1880, 'DCS 1800'],
  [1900, 'FDD', 1850, 1910, 1930, 1990, 'PCS 1900'],
];

/** GSM ids by number; R-GSM is the one id that does not follow `GSM<number>`. */
export const GSM_IDS: Readonly<Record<number, string>> = { 876: 'GSM900R' };

/**
 * cdma2000 band classes, 3GPP2 C.S0057 ("Band Class Specification for cdma2000 Spread
 * Spectrum Systems"). Ranges are the envelope of a class's sub-classes (uplink = mobile
 * transmit, downlink = base transmit). The classes phones and carriers name are listed;
 * docs/bands.md says which ranges are cross-checked and names the classes left out.
 */
export const CDMA_ROWS: readonly BandRow[] = [
  [0, 'FDD', 824, 849, 869, 894, '800'],
  [1, 'FDD', 1850, 1910, 1930, 1990, 'PCS 1900'],
  [4, 'FDD', 1750, 1780, 1840, 1870, 'Korean PCS'],
  [6, 'FDD', 1920, 1980, 2110, 2170, 'IMT 2100'],
  [8, 'FDD', 1710, 1785, 1805, 1880, '1800'],
  [9, 'FDD', 880, 915, 925, 960, '900'],
  // Secondary 800: sub-classes 806-824 / 851-869 (SMR) and 896-901 / 935-940.
  [10, 'FDD', 806, 901, 851, 940, 'Secondary 800'],
  // BC1 plus the PCS G block (1910-1915 / 1990-1995).
  [14, 'FDD', 1850, 1915, 1930, 1995, 'PCS+G'],
  [15, 'FDD', 1710, 1755, 2110, 2155, 'AWS'],
  // US Lower 700 A, B and C blocks.
  [19, 'FDD', 698, 716, 728, 746, 'Lower 700'],
];
