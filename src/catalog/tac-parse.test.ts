import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { luhnCheckDigit, parseImei } from './tac-parse.js';

describe('parseImei', () => {
  it('accepts a 15-digit IMEI with the right check digit, spaces and dashes allowed', () => {
    // 49015420323751 -> check digit 8 (the worked example of the Luhn algorithm for IMEIs)
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(parseImei('49-015420-323751-8')).toEqual({ tac: '49015420', imei: '490154203237518' });
    expect(parseImei(' 4901 5420 3237 518 ')).toEqual({ tac: '49015420', imei: '490154203237518' });
  });
  it('accepts the 8-digit TAC alone', () => {
    expect(parseImei('35675904')).toEqual({ tac: '35675904' });
  });
  it('says the check digit is wrong and what it should be', () => {
    try {
      parseImei('490154203237519');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BandfitError);
      expect((error as BandfitError).code).toBe('E_BAD_INPUT');
      expect((error as Error).message).toMatch(/check digit .* wrong.*should be 8/);
    }
  });
  it('rejects letters and wrong lengths', () => {
    expect(() => parseImei('35abc')).toThrow(/not an IMEI/);
    expect(() => parseImei('3567590')).toThrow(/7 digits/);
  });
});
