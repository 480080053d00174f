import type { CatalogProblem } from './catalog-problems.js';

/** One problem of every kind of a union: the type fails to compile when a kind has none. */
export type Examples<P extends { kind: string }> = { [K in P['kind']]: Extract<P, { kind: K }> };

/** One of each catalog problem, for the table test of the writer (and as documentation of the fields). */
export const CATALOG_EXAMPLES: Examples<CatalogProblem> = {
  'empty-device-name': { code: 'E_BAD_INPUT', kind: 'empty-device-name', parameter: 'device' },
  'ambiguous-device': { code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-device', query: '7 Pro', matches: ['OnePlus 7 Pro', 'Xiaomi Redmi Note 7 Pro'] },
  'unknown-model-number': { code: 'E_UNKNOWN_DEVICE', kind: 'unknown-model-number', query: 'MCE17', family: ['Xiaomi Mi 6 (China: MCE16)'] },
  'unknown-device': { code: 'E_UNKNOWN_DEVICE', kind: 'unknown-device', query: 'Mi 66666', brand: 'Xiaomi' },
  'unknown-country': { code: 'E_UNKNOWN_COUNTRY', kind: 'unknown-country', query: 'Atlantis' },
  'catalog-format': { code: 'E_CATALOG_VERSION', kind: 'catalog-format', catalog: 'device', file: 'catalog/devices.json', found: '1', expected: 2, script: 'build:devices' },
  'unreadable-catalog': { code: 'E_CORRUPT_DATA', kind: 'unreadable-catalog', catalog: 'TAC', file: 'catalog/tacs.json', script: 'build:tacs' },
  'unknown-carrier': { code: 'E_UNKNOWN_CARRIER', kind: 'unknown-carrier', query: 'Verizn', country: 'United States', parameter: 'carrier' },
  'ambiguous-carrier-name': { code: 'E_UNKNOWN_CARRIER', kind: 'ambiguous-carrier-name', query: 'Cellular' },
  'not-an-imei': { code: 'E_BAD_INPUT', kind: 'not-an-imei', input: 'abc' },
  'imei-length': { code: 'E_BAD_INPUT', kind: 'imei-length', input: '1234', digits: 4 },
  'bad-imei-check-digit': { code: 'E_BAD_INPUT', kind: 'bad-imei-check-digit', imei: '490154203237519', expected: 8, found: '9' },
};
