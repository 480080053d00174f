import type { Device, Price } from '../catalog/types.js';

/** A dated table of exchange rates: units of each currency per one unit of `base`. */
export interface ExchangeRates {
  base: string;
  date: string;
  rates: Record<string, number>;
  source: { title: string; url?: string };
}

/** A price in the asked currency, saying which launch price it came from. */
export interface PriceQuote {
  amount: number;
  currency: string;
  /** The launch price it was converted from. */
  from: Price;
  converted: boolean;
  /** Exchange-rate table date, when converted. */
  rateDate?: string;
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
  const converted = best.price.currency !== currency;
  return {
    amount: Math.round(best.amount * 100) / 100,
    currency,
    from: best.price,
    converted,
    ...(converted ? { rateDate: rates.date } : {}),
  };
}
