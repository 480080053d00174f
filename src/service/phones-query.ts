import { BandfitError } from '../errors.js';
import { readPriceList } from '../import/read-price-list.js';
import { asOfDate } from './as-of-date.js';
import { matchPriceList } from './match-price-list.js';
import { checkLimit, MAX_PHONES_LIMIT } from './query-limits.js';
import { buildPhonesReport, type PhonesResult } from './phones-report.js';
import { selectCarriers } from './select-carriers.js';
import type { PhonesParams } from './query-schemas.js';
import type { Snapshot } from './snapshot.js';

// Apart from the other queries (queries.ts) because a price list brings the CSV reader: a
// `check` or `where` never loads it (bench/cold-start.ts).

/** The parameters of `phones`, and the user's price list (CSV text and its name for messages): only its phones, at its prices. */
export type PhonesQuery = PhonesParams & { prices?: { text: string; file: string } };

/** `phones`: the phones that work in a country or on one carrier, ranked. */
export function phonesQuery(data: Snapshot, q: PhonesQuery): PhonesResult {
  const asOf = asOfDate(data, q.asOf);
  const { country, carriers } = selectCarriers(data.carriers, q.country, q.carrier);
  const currency = (q.currency ?? 'USD').toUpperCase();
  const rates = data.rates;
  if (rates.rates[currency] === undefined) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'unknown-currency', parameter: 'currency', currency }, { suggestions: Object.keys(rates.rates) });
  }
  checkLimit(q.limit, MAX_PHONES_LIMIT);
  if (q.since !== undefined && !(Number.isInteger(q.since) && q.since >= 1990 && q.since <= 2100)) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-year', parameter: 'since', input: String(q.since) });
  }
  const list = q.prices && matchPriceList(readPriceList(q.prices.text, q.prices.file, Object.keys(rates.rates)), data.devices, rates, q.prices.file);
  return buildPhonesReport(data.devices, country.code, carriers, rates, {
    currency,
    ...(q.since !== undefined ? { since: q.since } : {}),
    ...(q.esim ? { esim: true } : {}),
    ...(list ? { offers: list.offers } : {}),
    ...(q.maxPrice !== undefined ? { maxPrice: q.maxPrice } : {}),
    ...(q.minVerdict ? { minLevel: q.minVerdict } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    limit: q.limit ?? 20,
    asOf,
  }, list?.report);
}
