import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import {
  CARRIER_FORMAT_VERSION, carriersInCountry, decodeCatalog, encodeCatalog, findCarriers, getCarrier, loadCarrierCatalog, type CarrierCatalog,
} from './carrier-catalog.js';
import type { Carrier } from './types.js';

const base = (over: Partial<Carrier>): Carrier => ({
  id: 'xx', country: 'US', name: 'x', aliases: [], mccmnc: [], territories: [], kind: 'mno', origin: 'curated',
  lte: [], nr: [], gsm: { state: 'unknown' }, umts: { state: 'unknown' }, tdscdma: { state: 'unknown' }, cdma: { state: 'unknown' },
  sources: [{ title: 't' }], ...over,
});
const fixture: CarrierCatalog = {
  formatVersion: CARRIER_FORMAT_VERSION, dataVersion: 'test', buildDate: '2026-11-23',
  carriers: [
    base({ id: 'us-t-mobile', name: 'T-Mobile', aliases: ['Magenta'], mccmnc: ['310-260'], territories: ['PR', 'VI'], lte: [{ band: 'B71', layer: 'coverage', confidence: 'x' }], gsm: { state: 'off', date: '2024' } }),
    base({ id: 'us-mint-mobile', name: 'Mint Mobile', kind: 'mvno', host: 'us-t-mobile' }),
    base({ id: 'us-verizon', name: 'Verizon', mccmnc: ['311-480'] }),
    base({ id: 'pr-claro', country: 'PR', name: 'Claro Puerto Rico', origin: 'derived' }),
  ],
};

describe('carrier catalog', () => {
  it('round-trips through the compact form', () => {
    const compact = encodeCatalog(fixture);
    expect(compact.carriers[0]).toMatchObject({ lte: ['B71/c/x'], gsm: { state: 'off', date: '2024' } });
    expect(compact.carriers[2]).not.toHaveProperty('umts');
    expect(decodeCatalog(JSON.parse(JSON.stringify(compact)))).toEqual(fixture);
  });
  it('refuses another format version', () => {
    const compact = { ...encodeCatalog(fixture), formatVersion: 99 };
    expect(() => decodeCatalog(compact)).toThrow(BandfitError);
    expect(() => decodeCatalog(compact)).toThrow(/build:catalog/);
    const dir = mkdtempSync(join(tmpdir(), 'bandfit-'));
    writeFileSync(join(dir, 'old.json'), JSON.stringify(compact));
    try {
      loadCarrierCatalog(join(dir, 'old.json'));
      expect.unreachable();
    } catch (error) {
      expect((error as BandfitError).code).toBe('E_CATALOG_VERSION');
    }
  });
  it('lists a country’s carriers with MVNOs and networks serving it as a territory', () => {
    expect(carriersInCountry(fixture, 'USA').map((c) => c.id)).toEqual(['us-t-mobile', 'us-mint-mobile', 'us-verizon']);
    expect(carriersInCountry(fixture, 'PR').map((c) => c.id)).toEqual(['us-t-mobile', 'pr-claro']);
  });
  it('finds carriers by name, alias or MCC-MNC, case-insensitively', () => {
    expect(findCarriers(fixture, 'US', 'magenta').map((c) => c.id)).toEqual(['us-t-mobile']);
    expect(findCarriers(fixture, 'us', 'T-MOBILE').map((c) => c.id)).toEqual(['us-t-mobile']);
    expect(findCarriers(fixture, 'US', '311-480').map((c) => c.id)).toEqual(['us-verizon']);
    expect(findCarriers(fixture, 'US', 'mint').map((c) => c.id)).toEqual(['us-mint-mobile']);
    expect(getCarrier(fixture, 'US', 'verizon').id).toBe('us-verizon');
    try {
      getCarrier(fixture, 'US', 'Verizn');
      expect.unreachable();
    } catch (error) {
      expect((error as BandfitError).code).toBe('E_UNKNOWN_CARRIER');
      expect((error as BandfitError).details.suggestions).toContain('Verizon');
    }
  });
  it('loads the compiled catalog once', () => {
    const catalog = loadCarrierCatalog();
    expect(catalog.formatVersion).toBe(CARRIER_FORMAT_VERSION);
    expect(loadCarrierCatalog()).toBe(catalog);
    expect(getCarrier(catalog, 'US', 'T-Mobile').territories).toContain('PR');
    expect(getCarrier(catalog, 'JP', 'docomo').origin).toBe('curated');
  });

  it('carriersInCountry is the catalog filtered by country or territory, in catalog order, a fresh list each time', () => {
    const catalog = loadCarrierCatalog();
    const codes = new Set(catalog.carriers.flatMap((c) => [c.country, ...c.territories]));
    for (const code of [...codes, 'ZZ']) {
      expect(carriersInCountry(catalog, code)).toEqual(catalog.carriers.filter((c) => c.country === code || c.territories.includes(code)));
    }
    carriersInCountry(catalog, 'US').reverse();
    expect(carriersInCountry(catalog, 'US')[0]).toBe(catalog.carriers.find((c) => c.country === 'US' || c.territories.includes('US')));
    const grown = { ...fixture, carriers: [...fixture.carriers] };
    expect(carriersInCountry(grown, 'US')).toHaveLength(3);
    grown.carriers.push(base({ id: 'us-new', name: 'New' }));
    expect(carriersInCountry(grown, 'US')).toHaveLength(4);
  });
});
