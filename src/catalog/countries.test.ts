import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { COUNTRIES, countryCodesOf, findCountry, getCountry, suggestCountries } from './countries.js';
import { compareCodes } from './compare-names.js';

describe('countries', () => {
  it('finds countries by code, ISO name and everyday alias', () => {
    for (const [query, code] of [
      ['us', 'US'], ['USA', 'US'], ['United States of America', 'US'], ['America', 'US'], ['U.S.A.', 'US'],
      ['UK', 'GB'], ['Great Britain', 'GB'], ['Deutschland', 'DE'], ['Holland', 'NL'], ['the Netherlands', 'NL'],
      ['Côte d’Ivoire', 'CI'], ['South Korea', 'KR'], ['Kosovo', 'XK'],
    ] as const) {
      expect(findCountry(query)?.code, query).toBe(code);
    }
    expect(findCountry('Atlantis')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
  it('lists each country once, Kosovo (XK) included, with its aliases', () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort(compareCodes)); // in alphabetical order
    expect(codes.filter((code) => code === 'XK')).toHaveLength(1);
    expect(findCountry('Kosova')?.code).toBe('XK');
  });
  it('getCountry throws E_UNKNOWN_COUNTRY with suggestions', () => {
    expect(getCountry('Japan').code).toBe('JP');
    try {
      getCountry('Germny');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BandfitError);
      expect((error as BandfitError).code).toBe('E_UNKNOWN_COUNTRY');
      expect((error as BandfitError).details.suggestions).toContain('DE');
    }
    expect(suggestCountries('Frnace')).toContain('FR');
  });
  it('reads mcc-mnc-list territory codes', () => {
    expect(countryCodesOf('GE-AB')).toEqual(['GE']);
    expect(countryCodesOf('AU/CC/CX')).toEqual(['AU', 'CC', 'CX']);
    expect(countryCodesOf('BL/GF/GP/MF/MQ')).toHaveLength(5);
    expect(countryCodesOf(null)).toEqual([]);
  });
});
