import type { BandProblem } from './band-problems.js';
import type { CatalogProblem } from './catalog-problems.js';
import type { DataProblem } from './data-problems.js';
import type { ImportProblem } from './import-problems.js';
import type { OptionProblem } from './option-problems.js';
import type { ParameterProblem } from './parameter-problems.js';
import type { PhoneProblem } from './phone-problems.js';
import type { QueryProblem } from './query-problems.js';
import type { StoreProblem } from './store-problems.js';

/**
 * Every problem bandfit reports to a person: a stable `code` (what a program matches on), a `kind`
 * (which sentence), and the fields the sentence is written from. The words live in
 * `write-message.ts` and the files it calls, never at the throw site, so they can change while
 * codes and fields stay stable.
 */
export type Problem = CatalogProblem | QueryProblem | PhoneProblem | BandProblem | ImportProblem | StoreProblem | OptionProblem | DataProblem | ParameterProblem;

/** The problem of one kind. */
export type ProblemOf<K extends Problem['kind']> = Extract<Problem, { kind: K }>;
