import type { BandProblem } from './band-problems.js';
import type { Examples } from './catalog-examples.js';

/** One of each band problem, for the table test of the writer. */
export const BAND_EXAMPLES: Examples<BandProblem> = {
  'band-text-not-string': { code: 'E_BAD_INPUT', kind: 'band-text-not-string', parameter: 'lte' },
  'band-text-needs-country': { code: 'E_BAD_INPUT', kind: 'band-text-needs-country', parameter: 'country' },
  'band-fields-not-object': { code: 'E_BAD_INPUT', kind: 'band-fields-not-object' },
  'no-band-read': { code: 'E_BAD_BAND_TEXT', kind: 'no-band-read' },
  'unknown-band': { code: 'E_BAD_INPUT', kind: 'unknown-band', band: 'B999' },
  'band-listed-twice': { code: 'E_CORRUPT_DATA', kind: 'band-listed-twice', band: 'B20' },
  'band-without-downlink': { code: 'E_CORRUPT_DATA', kind: 'band-without-downlink', band: 'B71' },
};
