import type { BandRow } from './band-table.js';

/**
 * UTRA FDD bands, 3GPP TS 25.101 table 5.0 ("UTRA FDD frequency bands"). Bands XV-XVIII are
 * reserved and XXIII, XXIV do not exist for UTRA, so they are absent rather than padded.
 */
export const UMTS_ROWS: readonly BandRow[] = [
  [1, 'FDD', 1920, 1980, 2110, 2170, '2100'],
  [2, 'FDD', 1850, 1910, 1930, 1990, 'PCS 1900'],
  [3, 'FDD', 1710, 1785, 1805, 1880, '1800'],
  [4, 'FDD', 1710, 1755, 2110, 2155, 'AWS-1'],
  [5, 'FDD', 824, 849, 869, 894, '850'],
  [6, 'FDD', 830, 840, 875, 885, '800 Japan'],
  [7, 'FDD', 2500, 2570, 2620, 2690, '2600'],
  [8, 'FDD', 880, 915, 925, 960, '900'],
  [9, 'FDD', 1749.9, 1784.9, 1844.9, 1879.9, '1700 Japan'],
  [10, 'FDD', 1710, 1770, 2110, 2170, 'AWS ext'],
  [11, 'FDD', 1427.9, 1447.9, 1475.9, 1495.9, '1500 lower'],
  [12, 'FDD', 699, 716, 729, 746, '700 a'],
  [13, 'FDD', 777, 787, 746, 756, '700 c'],
  [14, 'FDD', 788, 798, 758, 768, '700 PS'],
  [19, 'FDD', 830, 845, 875, 890, '800 Japan upper'],
  [20, 'FDD', 832, 862, 791, 821, '800 DD'],
  [21, 'FDD', 1447.9, 1462.9, 1495.9, 1510.9, '1500 upper'],
  [22, 'FDD', 3410, 3490, 3510, 3590, '3500'],
  [25, 'FDD', 1850, 1915, 1930, 1995, 'PCS+G'],
  [26, 'FDD', 814, 849, 859, 894, '850 ext'],
];

/**
 * TD-SCDMA (UTRA TDD 1.28 Mcps) bands, 3GPP TS 25.102 §5.2. The letters are 25.102's band
 * names; the numbers are the equal E-UTRA TDD bands (B34, B39, B40), as phone spec sheets
 * write them.
 */
export const TDSCDMA_ROWS: readonly BandRow[] = [
  [34, 'TDD', 2010, 2025, null, null, '2000 A'],
  [39, 'TDD', 1880, 1920, null, null, '1900 F'],
  [40, 'TDD', 2300, 2400, null, null, '2300 E'],
];
