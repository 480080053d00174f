import { describe, expect, it } from 'vitest';
import { jioLike, telekomLike, tmobileLike } from '../../test/fixtures/carriers.js';
import { mi6Like, usPhone } from '../../test/fixtures/devices.js';
import type { Offer } from './phone-candidates.js';
import type { ExchangeRates } from './price.js';
import { isOldPrice, priceDate } from './price-age.js';
import { rankPhones } from './rank-phones.js';
import { valueScore } from './value-score.js';

const rates: ExchangeRates = { base: 'EUR', date: '2024-06-28', rates: { EUR: 1, USD: 1.0705, CNY: 7.7748, INR: 89.2495 }, source: { title: 'ECB' } };
const offer = (amount: number, currency: string, line: number, extra: Partial<Offer> = {}): Offer => ({ amount, currency, line, source: { title: 'price list t.csv', ref: `line ${line}` }, ...extra });

describe('price age', () => {
  it('flags only a price surely more than three years before the day asked', () => {
    expect(isOldPrice('2023-12-02', '2026-12-03')).toBe(true);
    expect(isOldPrice('2023-12-03', '2026-12-03')).toBe(false);
    expect(isOldPrice('2023-11', '2026-12-03')).toBe(true);
    expect(isOldPrice('2023', '2026-12-03')).toBe(false);
    expect(isOldPrice('2023', '2027-01-01')).toBe(true);
  });

  it('dates a launch price without its own date by the release, else the announcement', () => {
    expect(priceDate({ date: '2017-05' }, { announced: '2017-04-19' })).toEqual({ date: '2017-05', dateOf: 'price' });
    expect(priceDate({}, { released: '2017-04-28', announced: '2017-04-19' })).toEqual({ date: '2017-04-28', dateOf: 'released' });
    expect(priceDate({}, { announced: '2017-04-19' })).toEqual({ date: '2017-04-19', dateOf: 'announced' });
    expect(priceDate({}, {})).toBeUndefined();
  });
});

describe('value', () => {
  it('reads the same in every currency: points per 100 EUR of the same price', () => {
    const eur = valueScore(1400, 112, 'EUR', rates)!;
    expect(eur).toBe(1250);
    expect(valueScore(1400, 112 * 89.2495, 'INR', rates)).toBe(eur);
    expect(valueScore(1400, 112 * 1.0705, 'USD', rates)).toBe(eur);
    expect(valueScore(1400, 100, 'RUB', rates)).toBeUndefined();
  });

  it('ranks the same phones in the same order in INR as in EUR, and names its unit', () => {
    // The same launch prices are chosen in both (the market's), so the same value must come out.
    const inr = rankPhones([mi6Like, usPhone], [jioLike], { currency: 'INR', rates, minLevel: 'none', market: 'US' });
    const eur = rankPhones([mi6Like, usPhone], [jioLike], { currency: 'EUR', rates, minLevel: 'none', market: 'US' });
    expect(inr.phones.length).toBe(1);
    expect(inr.phones.map((p) => p.value)).toEqual(eur.phones.map((p) => p.value));
    expect(inr.valueUnit).toBe('performance points per 100 EUR');
  });
});

describe('rankPhones filters and offers', () => {
  it('dates every launch price and flags an old one as of the day asked', () => {
    const phone = rankPhones([usPhone], [tmobileLike], { currency: 'USD', rates, market: 'US', asOf: '2026-12-03' }).phones[0]!;
    expect(phone.price).toMatchObject({ origin: 'launch', date: '2023-02-01', dateOf: 'announced', old: true });
    const then = rankPhones([usPhone], [tmobileLike], { currency: 'USD', rates, market: 'US', asOf: '2024-01-01' }).phones[0]!;
    expect(then.price?.old).toBeUndefined();
  });

  it('--since leaves out older phones and phones of unknown year; --esim keeps only known eSIM variants', () => {
    const since = rankPhones([mi6Like, usPhone], [jioLike], { currency: 'USD', rates, minLevel: 'none', since: 2020 });
    expect(since.phones.map((p) => p.deviceId)).toEqual(['fx-us-phone']);
    expect(since.excluded.beforeSince).toBe(1);
    const esimPhone = { ...usPhone, id: 'fx-esim', variants: usPhone.variants.map((v, i) => ({ ...v, esim: i === 1 })) };
    const esim = rankPhones([usPhone, esimPhone], [telekomLike], { currency: 'EUR', rates, minLevel: 'none', esim: true });
    expect(esim.phones.map((p) => [p.deviceId, p.variantLabel, p.esim])).toEqual([['fx-esim', 'Europe', true]]);
    expect(esim.excluded.noEsim).toBe(1);
  });

  it('with offers ranks only the phones on the list, at their offer, whatever their launch markets', () => {
    const offers = new Map([[mi6Like.id, offer(15000, 'INR', 3, { store: 'Shop A', date: '2026-11-20' })]]);
    const report = rankPhones([mi6Like, usPhone], [jioLike], { currency: 'EUR', rates, market: 'IN', offers, asOf: '2026-12-03' });
    expect(report.phones.map((p) => p.deviceId)).toEqual(['fx-mi-6']);
    expect(report.excluded.notOnPriceList).toBe(1);
    expect(report.phones[0]!.price).toMatchObject({
      origin: 'user', store: 'Shop A', line: 3, converted: true, rate: 0.011205, date: '2026-11-20', from: { amount: 15000, currency: 'INR', market: 'IN' },
    });
    expect(report.phones[0]!.price!.amount).toBeCloseTo(15000 / 89.2495, 2);
    expect(report.phones[0]!.price!.old).toBeUndefined();
  });

  it('an offer for a model number judges that variant only', () => {
    const offers = new Map([[usPhone.id, offer(399, 'USD', 2, { variantId: 'fx-us-phone-eu' })]]);
    const phone = rankPhones([usPhone], [tmobileLike], { currency: 'USD', rates, market: 'US', offers, minLevel: 'none' }).phones[0]!;
    expect(phone.variantLabel).toBe('Europe');
  });
});
