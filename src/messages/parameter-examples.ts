import type { Examples } from './catalog-examples.js';
import type { ParameterProblem } from './parameter-problems.js';

/** One of each parameter problem (a query's schema broken), for the table test of the writer. */
export const PARAMETER_EXAMPLES: Examples<ParameterProblem> = {
  'missing-parameter': { code: 'E_BAD_INPUT', kind: 'missing-parameter', parameter: 'countries' },
  'unknown-parameter': { code: 'E_BAD_INPUT', kind: 'unknown-parameter', parameter: 'colour' },
  'parameter-type': { code: 'E_BAD_INPUT', kind: 'parameter-type', parameter: 'maxPrice', expected: 'number', input: 'cheap' },
  'parameter-too-short': { code: 'E_BAD_INPUT', kind: 'parameter-too-short', parameter: 'carrier', min: 1, input: '' },
  'parameter-too-long': { code: 'E_BAD_INPUT', kind: 'parameter-too-long', parameter: 'device', max: 100 },
  'parameter-below': { code: 'E_BAD_INPUT', kind: 'parameter-below', parameter: 'since', min: 1990, input: '23' },
  'parameter-not-above': { code: 'E_BAD_INPUT', kind: 'parameter-not-above', parameter: 'maxPrice', min: 0, input: '-5' },
  'parameter-above': { code: 'E_BAD_INPUT', kind: 'parameter-above', parameter: 'limit', max: 100, input: '500' },
  'too-few-values': { code: 'E_BAD_INPUT', kind: 'too-few-values', parameter: 'countries', min: 1 },
  'too-many-values': { code: 'E_BAD_INPUT', kind: 'too-many-values', parameter: 'devices', max: 10, count: 12 },
  'parameter-form': { code: 'E_BAD_INPUT', kind: 'parameter-form', parameter: 'asOf', form: 'date', input: '15/06/2026' },
  'parameter-not-one-of': { code: 'E_BAD_INPUT', kind: 'parameter-not-one-of', parameter: 'sort', allowed: ['value', 'performance', 'price', 'newest'], input: 'colour' },
  'parameter-invalid': { code: 'E_BAD_INPUT', kind: 'parameter-invalid', parameter: 'q', rule: 'format' },
  'parameter-repeated': { code: 'E_BAD_INPUT', kind: 'parameter-repeated', parameter: 'country', count: 2 },
};
