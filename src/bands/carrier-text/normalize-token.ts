import type { Tech } from '../types.js';

/**
 * One `mcc-mnc-list` band-text token, read into what it names. The package copies the
 * "Bands (MHz)" column of Wikipedia's "Mobile network codes" tables, where a token is a
 * technology and a nominal frequency in MHz (`LTE 800`, `TD-LTE 2300`, `5G 28000`), a bare
 * technology (`LTE`), or a word that names no radio band (`MVNO`, `Unknown`).
 */
export type TokenReading =
  /** A technology bandfit models and a nominal frequency; `tdd` when the text said `TD-`. */
  | { kind: 'band'; tech: Tech; mhz: number; tdd: boolean }
  /** A technology bandfit models with no frequency: the bands are not said. */
  | { kind: 'tech'; tech: Tech }
  /** No radio network of its own (`MVNO`, `Roaming SIM`). */
  | { kind: 'no-radio'; reason: string }
  /** A radio system bandfit does not model (WiMAX, TETRA, iDEN, GSM-R, satellite). */
  | { kind: 'other-tech'; reason: string }
  /** Anything else: `Unknown`, `any`, a frequency with no technology. */
  | { kind: 'unknown'; reason: string };

const TECH_WORDS: ReadonlyArray<[RegExp, Tech, boolean]> = [
  // Order matters: TD-SCDMA before CDMA, TD-LTE before LTE, TD-5G before 5G.
  [/^TD-?SCDMA$/, 'TDSCDMA', true],
  [/^(CDMA2000|CDMA)$/, 'CDMA', false],
  [/^TD-?LTE$/, 'LTE', true],
  [/^LTE$/, 'LTE', false],
  [/^TD-?5G$/, 'NR', true],
  [/^(5G|5G NR|NR)$/, 'NR', false],
  // `UTMS 2100` is a typo of UMTS in one row (HT 372-03).
  [/^(UMTS|UTMS|WCDMA|W-CDMA)$/, 'UMTS', false],
  [/^GSM$/, 'GSM', false],
];

const NO_RADIO = /^(FULL |SATELLITE )?MVN[OE]\b|^ROAMING SIM$/;
const OTHER_TECH =
  /^(GSM-R|WIMAX|TETRA|IDEN|SATELLITE|AMPS|N?AMPS|TDMA|PAGING|UMTS-TDD|CDMA2000 1XEV|MULTEFIRE)\b/;

/** Reads one token. Never throws: every string has a reading. */
export function readToken(raw: string): TokenReading {
  // `TD-LTE 2600 MHz`, `TD-LTE-2300`, `LTE450`, `CDMA 2000`: spacing and units vary by row.
  const text = raw
    .toUpperCase()
    .replace(/\s*MHZ\b/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return { kind: 'unknown', reason: 'empty token' };
  if (NO_RADIO.test(text)) return { kind: 'no-radio', reason: 'no radio network of its own (MVNO)' };
  if (OTHER_TECH.test(text)) {
    return { kind: 'other-tech', reason: `${text.split(' ')[0]} is not a phone technology bandfit models` };
  }
  if (text === 'CBRS') {
    // CBRS is the US 3550-3700 MHz Citizens Broadband Radio Service, LTE band 48 (FCC Part 96).
    return { kind: 'band', tech: 'LTE', mhz: 3600, tdd: true };
  }
  // `CDMA 2000` names the standard cdma2000, not a 2000 MHz band (no CDMA band sits there).
  if (/^CDMA ?2000$/.test(text)) return { kind: 'tech', tech: 'CDMA' };
  const match = /^([A-Z0-9-]+?)(?:[ -]?(\d{3,5}))?$/.exec(text.replace(/^(TD-LTE)-(\d)/, '$1 $2'));
  if (!match) return { kind: 'unknown', reason: 'not a technology and frequency' };
  const [, word = '', digits] = match;
  if (/^\d+$/.test(word)) return { kind: 'unknown', reason: 'frequency without a technology' };
  for (const [pattern, tech, tdd] of TECH_WORDS) {
    if (!pattern.test(word)) continue;
    if (digits === undefined) return { kind: 'tech', tech };
    return { kind: 'band', tech, mhz: Number(digits), tdd: tdd || word.startsWith('TD') };
  }
  return { kind: 'unknown', reason: 'not a technology and frequency' };
}

/** Splits a band text into tokens: the package separates them with `/`. */
export function splitBandText(text: string): string[] {
  return text
    .split('/')
    .map((token) => token.trim())
    .filter((token, index, all) => token !== '' || all.length === 1);
}
