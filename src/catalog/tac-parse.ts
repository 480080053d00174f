/**
 * IMEI and TAC input: 15 digits with a Luhn check digit, or the 8-digit TAC alone. Spaces and
 * dashes are allowed (as phones show the IMEI on *#06#). Pure: no fs, no clock.
 */
import { BandfitError } from '../errors.js';

export interface ParsedImei {
  /** The 8-digit Type Allocation Code: brand and model. */
  tac: string;
  /** The full 15-digit IMEI when one was given. */
  imei?: string;
}

/** The Luhn check digit for the first 14 digits of an IMEI. */
export function luhnCheckDigit(first14: string): number {
  let sum = 0;
  for (let i = 0; i < first14.length; i += 1) {
    let d = Number(first14[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Parses an IMEI or TAC; bad input is E_BAD_INPUT naming the problem and the fix. */
export function parseImei(input: string): ParsedImei {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'not-an-imei', input });
  }
  if (digits.length === 8) return { tac: digits };
  if (digits.length !== 15) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'imei-length', input, digits: digits.length });
  }
  const expected = luhnCheckDigit(digits.slice(0, 14));
  if (Number(digits[14]) !== expected) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-imei-check-digit', imei: digits, expected, found: digits[14]! });
  }
  return { tac: digits.slice(0, 8), imei: digits };
}
