import { describe, expect, it } from 'vitest';
import { carrierIdMap, type KnownCarrier } from './carrier-ids.js';

const atlas = (country: string, operatorId: string) => ({ source: 'band-atlas' as const, country, operatorId });
const known: KnownCarrier[] = [
  { id: 'de-telekom', country: 'DE', kind: 'mno', name: 'Deutsche Telekom', aliases: ['Telekom'], mccmnc: ['262-01'], sources: [{ title: 'Band Atlas', ref: 'network_bands.csv/networks.csv/sunset.csv: DE,telekom-de' }] },
  // An MVNO cites its host's row: it never takes the host's id.
  { id: 'de-congstar', country: 'DE', kind: 'mvno', name: 'congstar', mccmnc: ['262-01'], sources: [{ title: 'Band Atlas', ref: 'network_bands.csv/networks.csv/sunset.csv: DE,o2-de' }] },
  // Renamed by hand after seeding: its cited row still finds it.
  { id: 'de-telefonica', country: 'DE', kind: 'mno', name: 'O2 Telefónica', sources: [{ title: 'Band Atlas', ref: 'network_bands.csv: DE,o2-de' }] },
];

describe('carrierIdMap', () => {
  const ids = carrierIdMap(known);
  it('gives a Band Atlas row the id of the network that cites it', () => {
    expect(ids.idOf(atlas('DE', 'telekom-de'))).toBe('de-telekom');
    expect(ids.idOf(atlas('DE', 'o2-de'))).toBe('de-telefonica');
  });
  it('gives an uncited Band Atlas row the slug rule, with the seeded exceptions', () => {
    expect(ids.idOf(atlas('DE', 'vodafone-de'))).toBe('de-vodafone');
    expect(ids.idOf(atlas('RU', 'ru-mts'))).toBe('ru-mts');
    expect(ids.idOf(atlas('US', 't-mobile'))).toBe('us-t-mobile');
    expect(ids.idOf(atlas('JP', 'ntt-docomo'))).toBe('jp-docomo');
  });
  it('matches mcc-mnc-list networks by code, then by name or alias in the country, else a new slug', () => {
    const row = (mccmnc: string[], names: string[], country = 'DE') => ({ source: 'mcc-mnc-list' as const, country, mccmnc, names });
    expect(ids.idOf(row(['262-01'], ['T-Mobile']))).toBe('de-telekom');
    expect(ids.idOf(row(['262-99'], ['Telekom']))).toBe('de-telekom');
    expect(ids.idOf(row(['262-07'], ['O2 Telefonica']))).toBe('de-telefonica');
    expect(ids.idOf(row(['232-01'], ['Telekom'], 'AT'))).toBe('at-telekom');
    expect(ids.idOf(row(['262-23'], ['1&1']))).toBe('de-1and1');
  });
});
