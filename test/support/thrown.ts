import { isBandfitError, type BandfitError } from '../../src/errors.js';

/**
 * The `BandfitError` that `fn` throws, for a test to read its code and fields; any other error
 * is thrown on, and throwing nothing fails the test.
 *
 * @example
 * expect(thrown(() => getCountry('Atlantis')).code).toBe('E_BAD_INPUT');
 */
export function thrown(fn: () => unknown): BandfitError {
  try {
    fn();
  } catch (error) {
    if (isBandfitError(error)) return error;
    throw error;
  }
  throw new Error('expected a BandfitError, but nothing was thrown');
}
