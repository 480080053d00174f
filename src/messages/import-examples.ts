import type { Examples } from './catalog-examples.js';
import type { ImportProblem } from './import-problems.js';

/** One of each import problem, for the table test of the writer. */
export const IMPORT_EXAMPLES: Examples<ImportProblem> = {
  'bad-body-record': { code: 'E_BAD_INPUT', kind: 'bad-body-record', field: '0.lte.2.band', reason: 'unknown band "B99"' },
  'unknown-import-format': { code: 'E_IMPORT', kind: 'unknown-import-format', file: 'phones.txt', formats: ['gsmarena-csv', 'gsmarena-json'] },
  'not-band-atlas': { code: 'E_IMPORT', kind: 'not-band-atlas', file: 'carriers.csv' },
  'rejected-row': { code: 'E_IMPORT', kind: 'rejected-row', file: 'phones.csv', line: 7, reason: 'no model name', rejected: 3 },
  'not-tac-layout': { code: 'E_IMPORT', kind: 'not-tac-layout', file: 'tacs.csv', line: 1 },
  'bad-tac-rows': { code: 'E_IMPORT', kind: 'bad-tac-rows', file: 'tacs.csv', count: 6, first: ['line 2: TAC "12" is not 8 digits'] },
  'no-tac-rows': { code: 'E_IMPORT', kind: 'no-tac-rows', file: 'tacs.csv' },
  'malformed-csv': { code: 'E_IMPORT', kind: 'malformed-csv', file: 'phones.csv', line: 4, reason: 'Invalid Closing Quote' },
  'empty-file': { code: 'E_IMPORT', kind: 'empty-file', file: 'phones.csv' },
  'not-utf8': { code: 'E_IMPORT', kind: 'not-utf8', file: 'phones.csv', line: 9 },
  'unreadable-file': { code: 'E_BAD_INPUT', kind: 'unreadable-file', file: 'missing.csv', reason: 'ENOENT: no such file or directory' },
  'not-json': { code: 'E_IMPORT', kind: 'not-json', file: 'phones.json', reason: 'Unexpected token' },
  'not-a-device-list': { code: 'E_IMPORT', kind: 'not-a-device-list', file: 'phones.json' },
  'price-header': { code: 'E_BAD_INPUT', kind: 'price-header', file: 'offers.csv', columns: ['phone', 'cost'] },
  'price-row': { code: 'E_BAD_INPUT', kind: 'price-row', file: 'offers.csv', line: 3, reason: 'Invalid Closing Quote' },
  'no-price-rows': { code: 'E_BAD_INPUT', kind: 'no-price-rows', file: 'offers.csv' },
  'price-without-phone': { code: 'E_BAD_INPUT', kind: 'price-without-phone', file: 'offers.csv', line: 4 },
  'bad-price': { code: 'E_BAD_INPUT', kind: 'bad-price', file: 'offers.csv', line: 5, price: '€899' },
  'price-currency': { code: 'E_BAD_INPUT', kind: 'price-currency', file: 'offers.csv', line: 2, currency: 'RUB' },
  'bad-price-date': { code: 'E_BAD_INPUT', kind: 'bad-price-date', file: 'offers.csv', line: 6, date: '3/12/2026' },
};
