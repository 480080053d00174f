import { BandfitError } from '../errors.js';
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

function bad(file: string, line: number, message: string, suggestions?: string[]): BandfitError {
  return new BandfitError('E_BAD_INPUT', `${file} line ${line}: ${message}`, { path: [line], line, ...(suggestions ? { suggestions } : {}) });
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
    throw bad(file, 1, `the header must name the columns model or name, price and currency (optional: store, date); it has ${header.join(', ')}`);
  }
  const first = problems[0];
  if (first) throw bad(file, first.line, first.reason);
  if (!rows.length) throw bad(file, 1, 'no price rows after the header');
  return rows.map(({ line, cells }) => {
    const cell = (key: string | undefined) => (key ? cells[key]!.trim() : '');
    const row: PriceRow = { line, price: 0, currency: cell(currency).toUpperCase() };
    if (cell(model)) row.model = cell(model);
    if (cell(name)) row.name = cell(name);
    if (!row.model && !row.name) throw bad(file, line, 'no model or name: say which phone the price is for');
    if (!PRICE.test(cell(price)) || !(Number(cell(price)) > 0)) throw bad(file, line, `price "${cell(price)}" is not a positive number (write 1299.99, no currency sign or thousands separator)`);
    row.price = Number(cell(price));
    if (!currencies.includes(row.currency)) throw bad(file, line, `no exchange rate for currency "${cell(currency)}"`, [...currencies]);
    if (cell(store)) row.store = cell(store);
    if (cell(date)) {
      if (!DATE.test(cell(date))) throw bad(file, line, `date "${cell(date)}" is not YYYY-MM-DD (or YYYY-MM, YYYY)`);
      row.date = cell(date);
    }
    return row;
  });
}
