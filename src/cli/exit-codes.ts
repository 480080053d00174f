import type { ErrorCode } from '../errors.js';

/** 0 answered (whatever the verdict), 2 bad usage or unreadable input, 3 unknown name, 1 other. */
export const EXIT_CODES: Partial<Record<ErrorCode, number>> = {
  E_BAD_INPUT: 2,
  E_BAD_BAND_TEXT: 2,
  E_IMPORT: 2,
  E_AMBIGUOUS_DEVICE: 3,
  E_AMBIGUOUS_CARRIER: 3,
  E_UNKNOWN_DEVICE: 3,
  E_UNKNOWN_CARRIER: 3,
  E_UNKNOWN_COUNTRY: 3,
  E_FORBIDDEN: 2,
};

export function exitCodeFor(code: ErrorCode): number {
  return EXIT_CODES[code] ?? 1;
}
