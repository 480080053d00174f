import type { Device, Price } from '../catalog/types.js';
import type { Offer } from './phone-candidates.js';
import { isOldPrice, priceDate } from './price-age.js';

/** A dated table of exchange rates: units of each currency per one unit of `base`. */
export interface ExchangeRates {
  base: string;
  date: string;
  rates: Record<string, number>;
  source: { title: string; url?: string };
}

/** A price in the asked currency, saying which price (launch or the user's own) it came from. */
export interface PriceQuote {
  amount: number;
  currency: string;
  /** The price it was converted from: a launch price, or the user's offer. */
  from: Price;
  converted: boolean;
  /** Exchange-rate table date, when converted. */
  rateDate?: string;
  /** Units of `currency` per one unit of `from.currency`, when converted. */
  rate?: number;
  /** `launch`: the catalog's launch price; `user`: a row of the user's price list. */
  origin?: 'launch' | 'user';
  /** The date the price is of (see `dateOf`), when known. */
  date?: string;
  /** `price`: its own date; `released` / `announced`: a launch price dated by the launch. */
  dateOf?: 'price' | 'released' | 'announced';
  /** True when `date` is more than three years before the day asked (`asOf`). */
  old?: boolean;
  /** For an offer: the store named on its row and the row's line. */
  store?: string;
  line?: number;
}

/** Converts an amount between currencies; `undefined` when a rate is not in the table. */
export function convert(amount: number, from: string, to: string, rates: ExchangeRates): number | undefined {
  if (from === to) return amount;
  const a = rates.rates[from];
  const b = rates.rates[to];
  if (a === undefined || b === undefined) return undefined;
  return (amount / a) * b;
}

/**
 * The launch price to compare phones by: the one of the asked market if there is one, else
 * one already in the asked currency, else the lowest convertible one. Within a market the
 * lowest tier is taken (the entry price). `undefined` when no price converts.
 */
export function quotePrice(device: Device, currency: string, rates: ExchangeRates, market?: string): PriceQuote | undefined {
  const prices = device.prices ?? [];
  const convertible = prices
    .map((price) => ({ price, amount: convert(price.amount, price.currency, currency, rates) }))
    .filter((p): p is { price: Price; amount: number } => p.amount !== undefined);
  if (!convertible.length) return undefined;
  const pick = (list: typeof convertible) => list.reduce((a, b) => (b.amount < a.amount ? b : a));
  const local = convertible.filter((p) => market !== undefined && p.price.market === market);
  const same = convertible.filter((p) => p.price.currency === currency);
  const best = pick(local.length ? local : same.length ? same : convertible);
  return quoteOf(best.price, best.amount, currency, rates);
}

function quoteOf(from: Price, amount: number, currency: string, rates: ExchangeRates): PriceQuote {
  const converted = from.currency !== currency;
  return {
    amount: Math.round(amount * 100) / 100,
    currency,
    from,
    converted,
    ...(converted ? { rateDate: rates.date, rate: Math.round(convert(1, from.currency, currency, rates)! * 1e6) / 1e6 } : {}),
  };
}

/** The user's offer in the asked currency, or `undefined` when its currency has no rate. */
export function quoteOffer(offer: Offer, market: string, currency: string, rates: ExchangeRates): PriceQuote | undefined {
  const amount = convert(offer.amount, offer.currency, currency, rates);
  if (amount === undefined) return undefined;
  const from: Price = { amount: offer.amount, currency: offer.currency, market, ...(offer.date ? { date: offer.date } : {}), source: offer.source };
  return { ...quoteOf(from, amount, currency, rates), origin: 'user', ...(offer.store ? { store: offer.store } : {}), line: offer.line };
}

/**
 * A price dated, and flagged when older than three years as of `asOf`: a launch price without
 * a date of its own is as old as the launch. An offer without a date stays undated.
 */
export function datedQuote(quote: PriceQuote, device: Device, asOf: string | undefined): PriceQuote {
  if (quote.origin === 'user') {
    return quote.from.date ? { ...quote, date: quote.from.date, dateOf: 'price', ...(asOf && isOldPrice(quote.from.date, asOf) ? { old: true } : {}) } : quote;
  }
  const dated = priceDate(quote.from, device);
  if (!dated) return { ...quote, origin: 'launch' };
  return { ...quote, origin: 'launch', ...dated, ...(asOf && isOldPrice(dated.date, asOf) ? { old: true } : {}) };
}
