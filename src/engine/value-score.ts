import { convert, type ExchangeRates } from './price.js';

/** What `value` is counted in: the same figure whatever currency the prices are shown in. */
export const valueUnit = (rates: ExchangeRates): string => `performance points per 100 ${rates.base}`;

/**
 * Performance points per 100 units of the rate table's base currency (EUR for the ECB table),
 * rounded to one decimal: a phone's value reads the same in INR, JPY or USD, and a shop's price
 * in rupees compares with a launch price in dollars. `undefined` when the price does not convert
 * or is not positive.
 *
 * @example
 * valueScore(1398, 9999, 'INR', rates); // 1398 / (9999 INR in EUR) * 100
 */
export function valueScore(score: number, amount: number, currency: string, rates: ExchangeRates): number | undefined {
  const base = convert(amount, currency, rates.base, rates);
  if (base === undefined || !(base > 0)) return undefined;
  return Math.round((score / base) * 100 * 10) / 10;
}
