import { writeCatalogProblem } from './catalog-problems.js';
import type { Problem } from './problem.js';
import type { Surface } from './surface.js';

/**
 * The one place a problem becomes a sentence, for the CLI (flags) or the HTTP API (parameters).
 *
 * @example
 * writeMessage({ code: 'E_UNKNOWN_COUNTRY', kind: 'unknown-country', query: 'Atlantis' }, 'cli');
 * // 'Unknown country "Atlantis"'
 */
export function writeMessage(problem: Problem, surface: Surface = 'cli'): string {
  return writeCatalogProblem(problem, surface);
}
