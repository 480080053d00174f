import type { Examples } from './catalog-examples.js';
import type { DataProblem } from './data-problems.js';

/** One of each data problem, for the table test of the writer. */
export const DATA_EXAMPLES: Examples<DataProblem> = {
  'invalid-field': { code: 'E_BAD_INPUT', kind: 'invalid-field', where: 'phones.json record 3', field: 'variants.0.id', reason: 'must be a lower-case slug' },
  'data-not-json': { code: 'E_CORRUPT_DATA', kind: 'data-not-json', file: 'data/devices/xiaomi.json' },
  'duplicate-device-id': { code: 'E_CORRUPT_DATA', kind: 'duplicate-device-id', where: 'data/devices/xiaomi.json[2]', id: 'xiaomi-mi-6', first: 'data/devices/xiaomi.json[0]' },
  'invalid-carrier': { code: 'E_CORRUPT_DATA', kind: 'invalid-carrier', where: 'data/carriers/de.json: de-telekom', reason: 'id is used twice' },
  'host-not-curated': { code: 'E_CORRUPT_DATA', kind: 'host-not-curated', file: 'data/carriers/de.json', id: 'de-congstar', host: 'de-t' },
};
