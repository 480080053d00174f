import { writeBandProblem, type BandProblem } from './band-problems.js';
import { writeCatalogProblem, type CatalogProblem } from './catalog-problems.js';
import { writeDataProblem, type DataProblem } from './data-problems.js';
import { writeImportProblem, type ImportProblem } from './import-problems.js';
import { writeOptionProblem, type OptionProblem } from './option-problems.js';
import { writeParameterProblem, type ParameterProblem } from './parameter-problems.js';
import { writePhoneProblem, type PhoneProblem } from './phone-problems.js';
import type { Problem } from './problem.js';
import { writeQueryProblem, type QueryProblem } from './query-problems.js';
import { writeStoreProblem, type StoreProblem } from './store-problems.js';
import type { Surface } from './surface.js';

/**
 * The one place a problem becomes a sentence, for the CLI (flags) or the HTTP API (parameters).
 *
 * @example
 * writeMessage({ code: 'E_UNKNOWN_COUNTRY', kind: 'unknown-country', query: 'Atlantis' }, 'cli');
 * // 'Unknown country "Atlantis"'
 */
export function writeMessage(problem: Problem, surface: Surface = 'cli'): string {
  // Each area writes its own kinds; the table test (write-message.test.ts) writes every kind.
  return (
    writeCatalogProblem(problem as CatalogProblem, surface) ??
    writeQueryProblem(problem as QueryProblem, surface) ??
    writePhoneProblem(problem as PhoneProblem, surface) ??
    writeBandProblem(problem as BandProblem, surface) ??
    writeImportProblem(problem as ImportProblem, surface) ??
    writeStoreProblem(problem as StoreProblem, surface) ??
    writeOptionProblem(problem as OptionProblem, surface) ??
    writeDataProblem(problem as DataProblem, surface) ??
    writeParameterProblem(problem as ParameterProblem, surface) ??
    problem.kind
  );
}
