import type { BandRow } from './band-table.js';

/**
 * NR operating bands in FR1, 3GPP TS 38.101-1 table 5.2-1 (uplink = UE transmit). Numbers not
 * listed (n4, n6, n9-n11, n15-n17, n19, n21-n23, n27, n32, n33, n35-n37, n42-n45, n49, n52,
 * n55-n64, n69, n73, n103) are not NR bands. SUL rows carry the uplink range.
 */
export const NR_FR1_ROWS: readonly BandRow[] = [
  [1, 'FDD', 1920, 1980, 2110, 2170, '2100'],
  [2, 'FDD', 1850, 1910, 1930, 1990, 'PCS 1900'],
  [3, 'FDD', 1710, 1785, 1805, 1880, '1800'],
  [5, 'FDD', 824, 849, 869, 894, '850'],
  [7, 'FDD', 2500, 2570, 2620, 2690, '2600'],
  [8, 'FDD', 880, 915, 925, 960, '900'],
  [12, 'FDD', 699, 716, 729, 746, '700 a'],
  [13, 'FDD', 777, 787, 746, 756, '700 c'],
  [14, 'FDD', 788, 798, 758, 768, '700 PS'],
  [18, 'FDD', 815, 830, 860, 875, '800 lower'],
  [20, 'FDD', 832, 862, 791, 821, '800 DD'],
  [24, 'FDD', 1626.5, 1660.5, 1525, 1559, 'L-band'],
  [25, 'FDD', 1850, 1915, 1930, 1995, 'PCS+G'],
  [26, 'FDD', 814, 849, 859, 894, '850 ext'],
  [28, 'FDD', 703, 748, 758, 803, '700 APT'],
  [29, 'SDL', 717, 728, null, null, '700 d SDL'],
  [30, 'FDD', 2305, 2315, 2350, 2360, 'WCS'],
  [31, 'FDD', 452.5, 457.5, 462.5, 467.5, '450'],
  [34, 'TDD', 2010, 2025, null, null, '2000 TDD'],
  [38, 'TDD', 2570, 2620, null, null, '2600 TDD'],
  [39, 'TDD', 1880, 1920, null, null, '1900 F'],
  [40, 'TDD', 2300, 2400, null, null, '2300'],
  [41, 'TDD', 2496, 2690, null, null, '2500'],
  // NR-U: unlicensed 5 GHz, standalone or anchored.
  [46, 'TDD', 5150, 5925, null, null, '5 GHz NR-U', 'unlicensed'],
  [47, 'TDD', 5855, 5925, null, null, 'V2X'],
  [48, 'TDD', 3550, 3700, null, null, 'CBRS'],
  [50, 'TDD', 1432, 1517, null, null, '1500 L-band'],
  [51, 'TDD', 1427, 1432, null, null, '1500 ext'],
  [53, 'TDD', 2483.5, 2495, null, null, '2.4 GHz'],
  [54, 'TDD', 1670, 1675, null, null, '1670'],
  [65, 'FDD', 1920, 2010, 2110, 2200, '2100 ext'],
  [66, 'FDD', 1710, 1780, 2110, 2200, 'AWS-3'],
  [67, 'SDL', 738, 758, null, null, '700 SDL'],
  [68, 'FDD', 698, 728, 753, 783, '700 ME'],
  [70, 'FDD', 1695, 1710, 1995, 2020, 'AWS supp'],
  [71, 'FDD', 663, 698, 617, 652, '600'],
  [72, 'FDD', 451, 456, 461, 466, '450 PMR'],
  [74, 'FDD', 1427, 1470, 1475, 1518, 'L-band low'],
  [75, 'SDL', 1432, 1517, null, null, '1500 SDL'],
  [76, 'SDL', 1427, 1432, null, null, '1500 SDL ext'],
  [77, 'TDD', 3300, 4200, null, null, 'C-band'],
  [78, 'TDD', 3300, 3800, null, null, '3500'],
  [79, 'TDD', 4400, 5000, null, null, '4700'],
  [80, 'SUL', 1710, 1785, null, null, '1800 SUL'],
  [81, 'SUL', 880, 915, null, null, '900 SUL'],
  [82, 'SUL', 832, 862, null, null, '800 SUL'],
  [83, 'SUL', 703, 748, null, null, '700 SUL'],
  [84, 'SUL', 1920, 1980, null, null, '2100 SUL'],
  [85, 'FDD', 698, 716, 728, 746, '700 a ext'],
  [86, 'SUL', 1710, 1780, null, null, 'AWS SUL'],
  [87, 'FDD', 410, 415, 420, 425, '410 APT'],
  [88, 'FDD', 412, 417, 422, 427, '410 PMR'],
  [89, 'SUL', 824, 849, null, null, '850 SUL'],
  // Same spectrum as n41 with a 100 kHz channel raster.
  [90, 'TDD', 2496, 2690, null, null, '2500 alt raster'],
  // n91-n94 pair an 800/900 uplink with an L-band downlink.
  [91, 'FDD', 832, 862, 1427, 1432, '800/1500'],
  [92, 'FDD', 832, 862, 1432, 1517, '800/1500'],
  [93, 'FDD', 880, 915, 1427, 1432, '900/1500'],
  [94, 'FDD', 880, 915, 1432, 1517, '900/1500'],
  [95, 'SUL', 2010, 2025, null, null, '2000 SUL'],
  [96, 'TDD', 5925, 7125, null, null, '6 GHz NR-U', 'unlicensed'],
  [97, 'SUL', 2300, 2400, null, null, '2300 SUL'],
  [98, 'SUL', 1880, 1920, null, null, '1900 SUL'],
  [99, 'SUL', 1626.5, 1660.5, null, null, 'L-band SUL'],
  // Railway mobile radio (FRMCS).
  [100, 'FDD', 874.4, 880, 919.4, 925, '900 rail'],
  [101, 'TDD', 1900, 1910, null, null, '1900 rail'],
  [102, 'TDD', 5925, 6425, null, null, '6 GHz low NR-U', 'unlicensed'],
  [104, 'TDD', 6425, 7125, null, null, '6 GHz upper'],
  [105, 'FDD', 663, 703, 612, 652, '600 APT'],
  // US 900 MHz broadband (FCC 896-901 / 935-940 MHz), as LTE B106.
  [106, 'FDD', 896, 901, 935, 940, '900 US'],
];

/** Satellite (NTN) bands, 3GPP TS 38.101-5 table 5.2-1: phones with satellite messaging list them. */
export const NR_NTN_ROWS: readonly BandRow[] = [
  [254, 'FDD', 1610, 1626.5, 2483.5, 2500, 'NTN 1.6/2.4 GHz'],
  [255, 'FDD', 1626.5, 1660.5, 1525, 1559, 'NTN L-band'],
  [256, 'FDD', 1980, 2010, 2170, 2200, 'NTN S-band'],
];

/** NR operating bands in FR2 (mmWave), 3GPP TS 38.101-2 table 5.2-1: all TDD. */
export const NR_FR2_ROWS: readonly BandRow[] = [
  [257, 'TDD', 26500, 29500, null, null, '28 GHz'],
  [258, 'TDD', 24250, 27500, null, null, '26 GHz'],
  [259, 'TDD', 39500, 43500, null, null, '41 GHz'],
  [260, 'TDD', 37000, 40000, null, null, '39 GHz'],
  [261, 'TDD', 27500, 28350, null, null, '28 GHz US'],
  [262, 'TDD', 47200, 48200, null, null, '47 GHz'],
  [263, 'TDD', 57000, 71000, null, null, '60 GHz'],
];
