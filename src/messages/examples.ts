import { BAND_EXAMPLES } from './band-examples.js';
import { CATALOG_EXAMPLES } from './catalog-examples.js';
import { DATA_EXAMPLES } from './data-examples.js';
import { IMPORT_EXAMPLES } from './import-examples.js';
import { OPTION_EXAMPLES } from './option-examples.js';
import { PARAMETER_EXAMPLES } from './parameter-examples.js';
import { PHONE_EXAMPLES } from './phone-examples.js';
import type { Problem, ProblemOf } from './problem.js';
import { QUERY_EXAMPLES } from './query-examples.js';
import { STORE_EXAMPLES } from './store-examples.js';

/** One problem of every kind: the type fails to compile when a kind has no example. */
export const EXAMPLES: { [K in Problem['kind']]: ProblemOf<K> } = {
  ...CATALOG_EXAMPLES,
  ...QUERY_EXAMPLES,
  ...PHONE_EXAMPLES,
  ...BAND_EXAMPLES,
  ...IMPORT_EXAMPLES,
  ...STORE_EXAMPLES,
  ...OPTION_EXAMPLES,
  ...DATA_EXAMPLES,
  ...PARAMETER_EXAMPLES,
};
