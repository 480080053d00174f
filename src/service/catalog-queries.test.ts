import { describe, expect, it } from 'vitest';
import { fixtureCarrier } from '../../test/fixtures/carriers.js';
import { fixtureDevice } from '../store/test-support/store-fixtures.js';
import { carriersQuery } from './carriers-query.js';
import { countriesQuery } from './countries-query.js';
import { devicesQuery, findDevices } from './devices-query.js';
import { createSnapshot } from './snapshot.js';

/** The lookups behind the pickers, as pure functions of a small snapshot. */
const zeta = fixtureDevice('z', { brand: 'Zeta', name: 'One' });
const alpha = fixtureDevice('a', { brand: 'Alpha', name: 'Two', announced: '2024-01-10' });
const beta = fixtureDevice('b', { brand: 'Alpha', name: 'One' });
const network = fixtureCarrier({ id: 'xx-net', name: 'Zed Mobile', country: 'DE' });
const other = fixtureCarrier({ id: 'xx-other', name: 'Alef', country: 'DE' });
const mvno = fixtureCarrier({ id: 'xx-mvno', name: 'Aldi-like', country: 'DE', kind: 'mvno', host: 'xx-net' });
const catalog = { formatVersion: 1, dataVersion: 'test', buildDate: '2026-01-01', carriers: [mvno, network, other] };
const snapshot = createSnapshot({ dataVersion: 'test', devices: [zeta, alpha, beta], catalog: catalog as never });

describe('devicesQuery and findDevices', () => {
  it('lists every phone by brand and name without a query, 10 unless a limit is given', () => {
    expect(findDevices(snapshot, {}).map((f) => f.device.id)).toEqual([beta.id, alpha.id, zeta.id]);
    expect(devicesQuery(snapshot, { limit: 2 }).devices.map((d) => d.id)).toEqual([beta.id, alpha.id]);
    expect(devicesQuery(snapshot, {})).toMatchObject({ query: '', total: 3 });
  });

  it('names the variant a model number asks for, and how it matched', () => {
    const [hit] = devicesQuery(snapshot, { q: 'FX-A2' }).devices;
    expect(hit).toEqual({
      id: alpha.id, brand: 'Alpha', name: 'Two', announced: '2024-01-10', by: 'model', variant: 'fixture-a-cn',
      variants: alpha.variants.map((v) => ({ id: v.id, label: v.label, models: v.models, markets: [] })),
    });
  });

  it('keeps one brand, in any case', () => {
    expect(findDevices(snapshot, { brand: 'alpha' }).map((f) => f.device.id)).toEqual([beta.id, alpha.id]);
    expect(findDevices(snapshot, { q: 'One', brand: 'ZETA' }).map((f) => f.device.id)).toEqual([zeta.id]);
  });
});

describe('carriersQuery', () => {
  it('answers the country by code or name, networks first, then MVNOs, each by name', () => {
    const answer = carriersQuery(snapshot, { country: 'Germany' });
    expect([answer.country, answer.countryName]).toEqual(['DE', 'Germany']);
    expect(answer.carriers.map((c) => c.id)).toEqual(['xx-other', 'xx-net', 'xx-mvno']);
  });

  it('refuses a country it does not know', () => {
    expect(() => carriersQuery(snapshot, { country: 'Atlantis' })).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_COUNTRY' }));
  });
});

describe('countriesQuery', () => {
  it('lists every country with its numeric code, and none serving it where the snapshot has none', () => {
    const { countries } = countriesQuery(snapshot);
    expect(countries.length).toBeGreaterThan(240);
    expect(countries.find((c) => c.code === 'US')).toEqual({ code: 'US', numeric: '840', name: 'United States of America', carriers: 0, networks: 0 });
    expect(countries.find((c) => c.code === 'DE')).toMatchObject({ carriers: 3, networks: 2 });
  });

  it('counts the carriers that carriers lists for the country, MVNOs included', () => {
    const row = countriesQuery(snapshot).countries.find((c) => c.code === 'DE')!;
    const listed = carriersQuery(snapshot, { country: 'DE' }).carriers;
    expect([row.carriers, row.networks]).toEqual([listed.length, listed.filter((c) => c.kind === 'mno').length]);
  });
});
