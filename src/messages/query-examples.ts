import type { QueryProblem } from './query-problems.js';
import type { Examples } from './catalog-examples.js';

/** One of each query problem, for the table test of the writer. */
export const QUERY_EXAMPLES: Examples<QueryProblem> = {
  'phone-and-imei': { code: 'E_BAD_INPUT', kind: 'phone-and-imei', parameter: 'imei' },
  'phone-and-bands': { code: 'E_BAD_INPUT', kind: 'phone-and-bands', parameter: 'bands' },
  'no-phone-or-bands': { code: 'E_BAD_INPUT', kind: 'no-phone-or-bands', parameter: 'device' },
  'no-phone': { code: 'E_BAD_INPUT', kind: 'no-phone', parameter: 'device' },
  'no-device-or-bands': { code: 'E_BAD_INPUT', kind: 'no-device-or-bands' },
  'no-phones': { code: 'E_BAD_INPUT', kind: 'no-phones', parameter: 'devices' },
  'no-countries': { code: 'E_BAD_INPUT', kind: 'no-countries', parameter: 'countries' },
  'too-many': { code: 'E_BAD_INPUT', kind: 'too-many', parameter: 'countries', max: 30, count: 31, what: 'countries per trip' },
  'unknown-currency': { code: 'E_BAD_INPUT', kind: 'unknown-currency', parameter: 'currency', currency: 'XXX' },
  'bad-year': { code: 'E_BAD_INPUT', kind: 'bad-year', parameter: 'since', input: '24' },
  'bad-limit': { code: 'E_BAD_INPUT', kind: 'bad-limit', parameter: 'limit', input: '-1', max: 50 },
  'bad-date': { code: 'E_BAD_INPUT', kind: 'bad-date', input: '2026-02-30', parameter: 'asOf' },
  'no-country': { code: 'E_BAD_INPUT', kind: 'no-country', parameter: 'country' },
  'unknown-mccmnc': { code: 'E_UNKNOWN_CARRIER', kind: 'unknown-mccmnc', parameter: 'carrier', mccmnc: '999-99' },
  'ambiguous-carrier': {
    code: 'E_AMBIGUOUS_CARRIER', kind: 'ambiguous-carrier', parameter: 'carrier', query: 'Cellular', country: 'United States',
    count: 14, matches: ['U.S. Cellular (us-uscellular, 311-580)', 'Alltel (us-alltel)'], more: 12,
  },
  'no-variants': { code: 'E_CORRUPT_DATA', kind: 'no-variants', device: 'Xiaomi Mi 6' },
  'unknown-variant': { code: 'E_BAD_INPUT', kind: 'unknown-variant', parameter: 'variant', device: 'Xiaomi Mi 6', variant: 'Mars' },
  'unknown-pasted-variant': { code: 'E_BAD_INPUT', kind: 'unknown-pasted-variant', parameter: 'variant', variant: 'Mars' },
};
