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
 * @example
 * throw new BandfitError('E_UNKNOWN_COUNTRY', 'Unknown country "Atlantis"', { suggestions: ['AT'] });
 */
export class BandfitError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BandfitError';
    this.code = code;
    this.details = details;
  }
}

export function isBandfitError(value: unknown): value is BandfitError {
  return value instanceof BandfitError;
}
