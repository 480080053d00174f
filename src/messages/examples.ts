import { CATALOG_EXAMPLES } from './catalog-examples.js';
import type { Problem, ProblemOf } from './problem.js';

/** One problem of every kind: the type fails to compile when a kind has no example. */
export const EXAMPLES: { [K in Problem['kind']]: ProblemOf<K> } = {
  ...CATALOG_EXAMPLES,
};
