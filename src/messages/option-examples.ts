import type { Examples } from './catalog-examples.js';
import type { OptionProblem } from './option-problems.js';

/** One of each option problem, for the table test of the writer. */
export const OPTION_EXAMPLES: Examples<OptionProblem> = {
  'bad-number': { code: 'E_BAD_INPUT', kind: 'bad-number', parameter: 'port', input: '99999', expected: 'a whole number from 0 to 65535' },
  'not-one-of': { code: 'E_BAD_INPUT', kind: 'not-one-of', parameter: 'format', input: 'xml', allowed: ['auto', 'gsmarena-csv'] },
  'export-what': { code: 'E_BAD_INPUT', kind: 'export-what', parameter: 'what', input: 'carriers' },
  'reuse-arrays-size': { code: 'E_BAD_INPUT', kind: 'reuse-arrays-size', call: 'levelMatrix', size: 6, expected: 12 },
  'no-reference-dumps': { code: 'E_BAD_INPUT', kind: 'no-reference-dumps', parameter: 'BANDFIT_REFERENCE_DATA', dir: '/data/gsmarena' },
};
