import { beforeAll, describe, expect, it } from 'vitest';
import { openSnapshot } from './open-snapshot.js';
import { checkQuery, compareQuery, tripQuery, whereQuery } from './queries.js';
import type { Snapshot } from './snapshot.js';

let snapshot: Snapshot;
beforeAll(async () => {
  snapshot = await openSnapshot();
});

/** Every question finds its phone the same way: exact model number, exact name, then search. */
describe('one device resolver for every question', () => {
  it('asks back a name that fits several phones, in check, where, trip and compare alike', () => {
    const asked = [
      () => checkQuery(snapshot, { device: '7 Pro', country: 'US' }),
      () => whereQuery(snapshot, { device: '7 Pro' }),
      () => tripQuery(snapshot, { devices: ['7 Pro'], countries: ['US'] }),
      () => compareQuery(snapshot, { devices: ['7 Pro'] }),
    ];
    for (const ask of asked) {
      expect(ask).toThrow(expect.objectContaining({ code: 'E_AMBIGUOUS_DEVICE' }));
    }
  });

  it('takes an exact model number as that variant, and an exact name as that phone', () => {
    const byModel = checkQuery(snapshot, { device: 'MCE16', country: 'US' });
    expect(byModel.device).toMatchObject({ id: 'xiaomi-mi-6', variant: { models: expect.arrayContaining(['MCE16']) } });
    expect(checkQuery(snapshot, { device: 'oneplus 7 pro', country: 'US' }).device?.id).toBe('oneplus-7-pro');
  });

  it('where filters countries by code or name, and refuses an unknown one', () => {
    const report = whereQuery(snapshot, { device: 'Xiaomi Mi 6', countries: ['Germany', 'cn'] });
    expect(report.countries.map((c) => c.country).sort()).toEqual(['CN', 'DE']);
    expect(() => whereQuery(snapshot, { device: 'Xiaomi Mi 6', countries: ['Atlantis'] })).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_COUNTRY' }));
  });

  it('trip judges the variant a model number or --variant names, not the best one for the trip', () => {
    const byModel = tripQuery(snapshot, { devices: ['A3090'], countries: ['US', 'DE', 'JP'] });
    expect(byModel.phones[0]).toMatchObject({ deviceId: 'apple-iphone-15', variantLabel: 'International' });
    const usa = tripQuery(snapshot, { devices: ['iPhone 15'], countries: ['US'], variant: 'A2846' });
    expect(usa.phones[0]?.variantLabel).toBe('USA');
    expect(() => tripQuery(snapshot, { devices: ['iPhone 15'], countries: ['US'], variant: 'Atlantis' })).toThrow(expect.objectContaining({ code: 'E_BAD_INPUT' }));
  });

  it('takes a variant id as that variant, as the web app\'s trip links name one phone\'s variant', () => {
    const trip = tripQuery(snapshot, { devices: ['xiaomi-mi-a2-cn', 'xiaomi-mi-6'], countries: ['US', 'DE'] });
    expect(trip.phones.find((p) => p.deviceId === 'xiaomi-mi-a2')).toMatchObject({ variantId: 'xiaomi-mi-a2-cn', variantLabel: 'China' });
    expect(checkQuery(snapshot, { device: 'xiaomi-mi-a2-cn', country: 'DE' }).device?.variant.id).toBe('xiaomi-mi-a2-cn');
  });

  it('where: the countries counted as sold officially are the ones the table marks sold', () => {
    for (const device of ['iPhone 15', 'Xiaomi Mi 6', 'Galaxy S23']) {
      const report = whereQuery(snapshot, { device });
      const marked = report.countries.filter((c) => c.sold).map((c) => c.country);
      const counted = new Set(report.launchMarkets.map((m) => m.country));
      expect(marked.every((cc) => counted.has(cc)), device).toBe(true);
      expect(counted.size, device).toBeGreaterThanOrEqual(marked.length);
    }
  });
});
