import { describe, expect, it } from 'vitest';
import { countriesNamed } from './market-regions.js';

describe('countriesNamed', () => {
  it('reads regions, countries and codes in market codes and variant labels, and nothing in vague ones', () => {
    expect(countriesNamed('EU')).toContain('DE');
    expect(countriesNamed('EU')).not.toContain('GB');
    expect(countriesNamed('Europe')).toEqual(expect.arrayContaining(['DE', 'GB', 'CH']));
    expect(countriesNamed('Canada, Japan, Mexico, Middle East')).toEqual(expect.arrayContaining(['CA', 'JP', 'MX', 'AE']));
    expect(countriesNamed('USA (mmWave)')).toEqual(['US']);
    expect(countriesNamed('North America, TW + USA')).toEqual(['US', 'CA', 'MX', 'TW']);
    for (const vague of ['Global', 'International', 'Unspecified', 'ROW', 'GSM']) expect(countriesNamed(vague)).toEqual([]);
  });
});
