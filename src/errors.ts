import type { Problem } from './messages/problem.js';
import type { Surface } from './messages/surface.js';
import { writeMessage } from './messages/write-message.js';

/**
 * The one error type bandfit throws. "Does not work" is a verdict, never an error: only misuse
 * (bad input, unknown names) and corrupt data throw.
 */
export type ErrorCode =
  | 'E_BAD_INPUT'
  | 'E_BAD_BAND_TEXT'
  | 'E_UNKNOWN_DEVICE'
  | 'E_UNKNOWN_CARRIER'
  | 'E_UNKNOWN_COUNTRY'
  | 'E_AMBIGUOUS_DEVICE'
  | 'E_AMBIGUOUS_CARRIER'
  | 'E_CATALOG_VERSION'
  | 'E_CORRUPT_DATA'
  | 'E_IMPORT'
  | 'E_STORE'
  | 'E_FORBIDDEN';

export interface ErrorDetails {
  /** Closest names to what the user typed, best first. */
  suggestions?: string[];
  /** Where in the input the problem is (parameter name, line number, field). */
  path?: (string | number)[];
  [key: string]: unknown;
}

/**
 * Made from a problem (its message written in `src/messages/`), or, for sites not yet converted,
 * from a code and a message written at the site. `message` is the CLI's wording; `messageFor`
 * writes it for another surface.
 *
 * @example
 * throw new BandfitError({ code: 'E_UNKNOWN_COUNTRY', kind: 'unknown-country', query: 'Atlantis' }, { suggestions: ['AT'] });
 */
export class BandfitError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  /** The structured problem, when the error was made from one. */
  readonly problem: Problem | undefined;

  constructor(problem: Problem, details?: ErrorDetails, cause?: unknown);
  constructor(code: ErrorCode, message: string, details?: ErrorDetails, cause?: unknown);
  constructor(first: Problem | ErrorCode, second?: string | ErrorDetails, third?: ErrorDetails | unknown, fourth?: unknown) {
    const problem = typeof first === 'string' ? undefined : first;
    const cause = problem ? third : fourth;
    super(problem ? writeMessage(problem, 'cli') : (second as string), cause === undefined ? undefined : { cause });
    this.name = 'BandfitError';
    this.code = problem ? problem.code : (first as ErrorCode);
    const details = ((problem ? second : third) as ErrorDetails | undefined) ?? {};
    // A problem about one input names it; the path says so to every surface (HTTP `parameter`).
    const parameter = problem && 'parameter' in problem ? problem.parameter : undefined;
    this.details = parameter !== undefined && details.path === undefined ? { ...details, path: [parameter] } : details;
    this.problem = problem;
  }

  /** The message as `surface` words it; an unconverted error has only its one message. */
  messageFor(surface: Surface): string {
    return this.problem ? writeMessage(this.problem, surface) : this.message;
  }
}

export function isBandfitError(value: unknown): value is BandfitError {
  return value instanceof BandfitError;
}
