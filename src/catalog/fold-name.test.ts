import { describe, expect, it } from 'vitest';
import { fixtureDevice } from '../store/test-support/store-fixtures.js';
import { fold } from './carrier-ids.js';
import { findCountry } from './countries.js';
import { matchKey } from './device-search.js';
import { foldName } from './fold-name.js';
import { resolveDevice } from './resolve-device.js';

describe('foldName, the one name normaliser', () => {
  it('folds case, accents and punctuation to words', () => {
    expect(foldName('Telefónica O2')).toBe('telefonica o2');
    expect(foldName('  T-Mobile / Sprint ')).toBe('t mobile sprint');
    expect(foldName(undefined)).toBe('');
  });

  it('is how carriers, countries and phones are all matched', () => {
    expect(fold).toBe(foldName);
    expect(findCountry('côte d’ivoire')?.code).toBe('CI');
    expect(matchKey('Galaxy S23+')).toBe('galaxys23plus');
    expect(matchKey('Édition Pro')).toBe(matchKey('edition pro'));
  });

  it('finds a phone with an accent in its name by the name typed without it', () => {
    const phone = fixtureDevice('e1', { brand: 'Fixture', name: 'Éclair E1' });
    expect(resolveDevice('fixture eclair e1', [phone, fixtureDevice('e2')]).device.id).toBe(phone.id);
  });
});
