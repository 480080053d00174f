import type { Tech } from '../types.js';

/**
 * What a spec sheet's "MHz" figure means for each technology: a band id, or why it cannot be
 * told. Only figures that name exactly one band of the technology map to a band; a figure that
 * names several (LTE "800" is B20 in Europe, B18/B19 in Japan and B5 in Korea) is reported,
 * never guessed. Ranges are from the registry tables: 3GPP TS 45.005 §2 (GSM), 3GPP2 C.S0057
 * (CDMA), TS 25.101 table 5.0 (UMTS), TS 25.102 §5.2 (TD-SCDMA), TS 36.101 table 5.5-1 (LTE).
 * docs/device-band-text.md lists every rule.
 */
export type FrequencyReading = { id: string } | { reason: string };

type FrequencyMap = Readonly<Record<number, string | { ambiguous: string }>>;

const GSM_MHZ: FrequencyMap = {
  450: 'GSM450',
  480: 'GSM480',
  750: 'GSM750',
  850: 'GSM850',
  // "GSM 900" on a spec sheet is the E-GSM 900 band (the registry's GSM900 covers P-GSM too).
  900: 'GSM900',
  1800: 'GSM1800',
  1900: 'GSM1900',
};

const CDMA_MHZ: FrequencyMap = {
  // Band class 0 is the US cellular band, written "800" or "850" (824-894 MHz).
  800: 'BC0',
  850: 'BC0',
  1900: 'BC1',
  450: 'BC5',
  1700: 'BC15',
  2100: { ambiguous: 'BC6 (IMT 2100) or the downlink of BC15 (AWS)' },
};

const UMTS_MHZ: FrequencyMap = {
  2100: 'U1',
  1900: 'U2',
  1800: 'U3',
  // GSMArena writes AWS-1 as "1700(AWS)" or plain "1700"; band IX (Japan 1700) is only read
  // when named as a band ("band 9", "IX").
  1700: 'U4',
  850: 'U5',
  // Band VI is the Japanese 800 band. Band XIX (830-845 / 875-890) contains it, but NTT
  // Docomo's FOMA Plus-area transmits as band VI, and a sheet's "800" cannot tell VI from XIX
  // (ja.wikipedia.org "FOMAプラスエリア"); XIX is only read by number ("band 19").
  800: 'U6',
  900: 'U8',
  2600: 'U7',
  1500: { ambiguous: 'U11 or U21 (both Japanese 1500 bands)' },
  700: { ambiguous: 'U12, U13 or U14' },
};

const TDSCDMA_MHZ: FrequencyMap = { 1880: 'TD39', 1900: 'TD39', 2010: 'TD34', 2300: 'TD40' };

const LTE_FDD_MHZ: FrequencyMap = {
  2100: 'B1',
  1900: 'B2',
  1800: 'B3',
  1700: 'B4',
  850: 'B5',
  2600: 'B7',
  900: 'B8',
  700: { ambiguous: 'B12, B13, B14, B17 or B28' },
  800: { ambiguous: 'B20 (Europe), B18/B19 (Japan), B26 or B5 (Korea writes 850 as 800)' },
  1500: { ambiguous: 'B11, B21, B32 or B75' },
  2300: { ambiguous: 'B30 (FDD) or B40 (TDD)' },
  2500: { ambiguous: 'B7 or B41' },
  3500: { ambiguous: 'B22, B42 or B48' },
};

const LTE_TDD_MHZ: FrequencyMap = {
  1900: 'B39',
  2000: 'B34',
  2300: 'B40',
  2500: 'B41',
  2600: 'B38',
  3500: { ambiguous: 'B42 or B48' },
};

/** The TD-SCDMA ranges of 3GPP TS 25.102 §5.2 as spec sheets print them. */
const TDSCDMA_RANGES: Readonly<Record<string, string>> = {
  '1880-1920': 'TD39',
  '2010-2025': 'TD34',
  '2300-2400': 'TD40',
};

/** The AWS-1 band (1710-1755 / 2110-2155 MHz) of each technology. */
export const AWS_BAND: Readonly<Partial<Record<Tech, string>>> = { CDMA: 'BC15', UMTS: 'U4', LTE: 'B4', NR: 'n66' };

function mapFor(tech: Tech, tdd: boolean): FrequencyMap | undefined {
  switch (tech) {
    case 'GSM':
      return GSM_MHZ;
    case 'CDMA':
      return CDMA_MHZ;
    case 'UMTS':
      return UMTS_MHZ;
    case 'TDSCDMA':
      return TDSCDMA_MHZ;
    case 'LTE':
      return tdd ? LTE_TDD_MHZ : LTE_FDD_MHZ;
    case 'NR':
      return undefined;
  }
}

/** The band a frequency in MHz names for a technology (`tdd` for TD-LTE lists). */
export function bandAtFrequency(tech: Tech, mhz: number, tdd: boolean): FrequencyReading {
  const map = mapFor(tech, tdd);
  if (!map) return { reason: `${tech} bands are not read from a frequency; give band numbers` };
  const entry = map[mhz];
  if (entry === undefined) return { reason: `no ${tech} band is known at ${mhz} MHz` };
  if (typeof entry === 'string') return { id: entry };
  return { reason: `${mhz} MHz is ambiguous for ${tech}: ${entry.ambiguous}` };
}

/** The band a frequency range names (`1880-1920`); only TD-SCDMA sheets print ranges. */
export function bandAtRange(tech: Tech, low: number, high: number): FrequencyReading {
  const id = tech === 'TDSCDMA' ? TDSCDMA_RANGES[`${low}-${high}`] : undefined;
  return id ? { id } : { reason: `no ${tech} band is known as the range ${low}-${high} MHz` };
}

/**
 * GSM bands by the 3GPP operating-band number of the same spectrum, as Chinese spec sheets
 * write them ("GSM B2/B3/B5/B8", XiaomiWiki Mi 6 specs): 2 = 1900, 3 = 1800, 5 = 850, 8 = 900.
 */
export const GSM_BY_BAND_NUMBER: Readonly<Record<number, string>> = {
  2: 'GSM1900',
  3: 'GSM1800',
  5: 'GSM850',
  8: 'GSM900',
};
