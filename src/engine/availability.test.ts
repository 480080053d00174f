import { describe, expect, it } from 'vitest';
import { attLike, jioLike, telekomLike, tmobileLike } from '../../test/fixtures/carriers.js';
import { bandlessPhone, mi6Like, pricelessPhone, usPhone } from '../../test/fixtures/devices.js';
import { planTrip } from './plan-trip.js';
import { rankPhones } from './rank-phones.js';
import type { ExchangeRates } from './price.js';
import { quotePrice } from './price.js';
import { whereItWorks } from './where-it-works.js';

const byCountry = new Map([['US', [tmobileLike, attLike]], ['IN', [jioLike]], ['DE', [telekomLike]]]);
const rates: ExchangeRates = { base: 'EUR', date: '2024-06-28', rates: { EUR: 1, USD: 1.0705, CNY: 7.7748 }, source: { title: 'ECB' } };

describe('whereItWorks', () => {
  it('names the launch market and judges every country', () => {
    const report = whereItWorks(mi6Like, byCountry);
    expect(report.launchMarkets).toEqual(['CN']);
    const fit = Object.fromEntries(report.countries.map((c) => [c.country, c]));
    expect(fit.IN!.level).toBe('full');
    expect(['limited', 'none']).toContain(fit.US!.level);
    expect(fit.US!.sold).toBe(false);
    expect(report.summary.full).toBe(1);
    expect(fit.US!.carriers.map((c) => c.carrier).sort()).toEqual(['AT&T', 'T-Mobile']);
  });

  it('judges a phone with no known band list unknown everywhere, never none', () => {
    const report = whereItWorks(bandlessPhone, byCountry);
    expect(report.summary).toMatchObject({ unknown: 3, none: 0, limited: 0 });
    expect(report.countries.find((c) => c.country === 'DE')!.sold).toBe(true);
  });

  it('uses the best variant per country', () => {
    const fit = Object.fromEntries(whereItWorks(usPhone, byCountry).countries.map((c) => [c.country, c]));
    expect(fit.US!.variantLabel).toBe('USA');
    expect(fit.DE!.variantLabel).toBe('Europe');
    expect(fit.DE!.sold).toBe(true);
  });
});

describe('rankPhones', () => {
  it('lists only phones that work on the carrier, with the price source', () => {
    const report = rankPhones([mi6Like, usPhone, pricelessPhone], [tmobileLike], { currency: 'USD', rates, maxPrice: 400 });
    expect(report.phones.map((p) => p.deviceId)).toEqual(['fx-us-phone']);
    expect(report.phones[0]!.price).toMatchObject({ amount: 399, converted: false, from: { market: 'US' } });
    expect(report.excluded.unknownPrice).toBe(1);
    expect(report.excluded.belowVerdict).toBe(1);
  });

  it('with a country, ranks only phones with a variant meant for it, judged as that variant', () => {
    const report = rankPhones([mi6Like, usPhone, pricelessPhone], [telekomLike], { currency: 'EUR', rates, market: 'DE', minLevel: 'none' });
    expect(report.phones.map((p) => [p.deviceId, p.variantLabel])).toEqual([['fx-us-phone', 'Europe']]);
    expect(report.excluded).toMatchObject({ notSoldThere: 1, unknownMarkets: 1, belowVerdict: 0 });
  });

  it('never takes an unknown price or score as zero: such phones rank last', () => {
    const report = rankPhones([pricelessPhone, usPhone, mi6Like], [tmobileLike], { currency: 'USD', rates });
    expect(report.phones.map((p) => p.deviceId)).toEqual(['fx-us-phone', 'fx-priceless']);
    expect(report.phones[1]!.value).toBeUndefined();
    expect(report.phones[0]!.performance).toMatchObject({ estimated: true, benchmark: 'AnTuTu v7' });
  });

  it('leaves out a phone with no known band list and counts it apart from phones that fail', () => {
    const report = rankPhones([bandlessPhone, usPhone, mi6Like], [tmobileLike], { currency: 'USD', rates, market: 'US' });
    expect(report.phones.map((p) => p.deviceId)).toEqual(['fx-us-phone']);
    expect(report.excluded).toMatchObject({ unknownBands: 1, notSoldThere: 1 });
    const loose = rankPhones([bandlessPhone], [tmobileLike], { currency: 'USD', rates, minLevel: 'unknown' });
    expect(loose.phones).toEqual([]);
    expect(loose.excluded.unknownBands).toBe(1);
  });

  it('converts with the dated table and says so', () => {
    const quote = quotePrice(mi6Like, 'USD', rates);
    expect(quote?.converted).toBe(true);
    expect(quote?.rateDate).toBe('2024-06-28');
    expect(quote?.amount).toBeCloseTo((2499 / 7.7748) * 1.0705, 1);
    expect(quotePrice(mi6Like, 'RUB', rates)).toBeUndefined();
  });
});

describe('planTrip', () => {
  it('ranks phones by their worst stop', () => {
    const trip = planTrip([mi6Like, usPhone], ['US', 'IN'], byCountry);
    expect(trip.phones[0]!.deviceId).toBe('fx-us-phone');
    expect(trip.phones.find((p) => p.deviceId === 'fx-mi-6')!.stops.find((s) => s.country === 'IN')!.level).toBe('full');
    expect(trip.best).toBe('fx-us-phone');
  });
});
