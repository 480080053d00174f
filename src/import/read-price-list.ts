import { BandfitError } from '../errors.js';
import type { ProblemOf } from '../messages/problem.js';
import { readCsv } from './read-csv.js';

/** One row of a user's price list (`model` or `name`, `price`, `currency`, optional `store`, `date`). */
export interface PriceRow {
  /** File line of the row (the header is line 1). */
  line: number;
  model?: string;
  name?: string;
  price: number;
  currency: string;
  store?: string;
  date?: string;
}

const PRICE = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

type PriceProblem = ProblemOf<'price-header' | 'price-row' | 'no-price-rows' | 'price-without-phone' | 'bad-price' | 'price-currency' | 'bad-price-date'>;

function bad(problem: PriceProblem, suggestions?: string[]): BandfitError {
  const line = 'line' in problem ? problem.line : 1;
  return new BandfitError(problem, { path: [line], line, ...(suggestions ? { suggestions } : {}) });
}

/**
 * Reads a price list, all or nothing: the first bad row (no phone, a price that is not a
 * positive number, a currency without an exchange rate, a date that is not `YYYY[-MM[-DD]]`)
 * throws `E_BAD_INPUT` naming its line, so no ranking is ever made from half a list. Column
 * names are matched without case; other columns are ignored.
 *
 * @example
 * readPriceList('model,price,currency\nSM-S928B,899,EUR\n', 'offers.csv', ['EUR']);
 * // [{ line: 2, model: 'SM-S928B', price: 899, currency: 'EUR' }]
 */
export function readPriceList(text: string, file: string, currencies: readonly string[]): PriceRow[] {
  const { header, rows, problems } = readCsv(text, file);
  const column = (name: string) => header.find((h) => h.trim().toLowerCase() === name);
  const [model, name, price, currency, store, date] = ['model', 'name', 'price', 'currency', 'store', 'date'].map(column);
  if ((!model && !name) || !price || !currency) {
    throw bad({ code: 'E_BAD_INPUT', kind: 'price-header', file, columns: header });
  }
  const first = problems[0];
  if (first) throw bad({ code: 'E_BAD_INPUT', kind: 'price-row', file, line: first.line, reason: first.reason });
  if (!rows.length) throw bad({ code: 'E_BAD_INPUT', kind: 'no-price-rows', file });
  return rows.map(({ line, cells }) => {
    const cell = (key: string | undefined) => (key ? cells[key]!.trim() : '');
    const row: PriceRow = { line, price: 0, currency: cell(currency).toUpperCase() };
    if (cell(model)) row.model = cell(model);
    if (cell(name)) row.name = cell(name);
    if (!row.model && !row.name) throw bad({ code: 'E_BAD_INPUT', kind: 'price-without-phone', file, line });
    if (!PRICE.test(cell(price)) || !(Number(cell(price)) > 0)) throw bad({ code: 'E_BAD_INPUT', kind: 'bad-price', file, line, price: cell(price) });
    row.price = Number(cell(price));
    if (!currencies.includes(row.currency)) throw bad({ code: 'E_BAD_INPUT', kind: 'price-currency', file, line, currency: cell(currency) }, [...currencies]);
    if (cell(store)) row.store = cell(store);
    if (cell(date)) {
      if (!DATE.test(cell(date))) throw bad({ code: 'E_BAD_INPUT', kind: 'bad-price-date', file, line, date: cell(date) });
      row.date = cell(date);
    }
    return row;
  });
}
