import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/support/thrown.js';
import { readPriceList } from './read-price-list.js';

const CURRENCIES = ['EUR', 'USD', 'INR'];
const read = (text: string) => readPriceList(text, 'offers.csv', CURRENCIES);
const failure = (text: string) => thrown(() => read(text));

describe('readPriceList', () => {
  it('reads model or name, price, currency, store and date, any column order and case, with file lines', () => {
    const rows = read('Currency,Price,Model,Name,Store,Date,Notes\neur,899,SM-S928B,,Shop A,2026-11-20,x\nUSD,399.5,,Google Pixel 7,,,\n');
    expect(rows).toEqual([
      { line: 2, model: 'SM-S928B', price: 899, currency: 'EUR', store: 'Shop A', date: '2026-11-20' },
      { line: 3, name: 'Google Pixel 7', price: 399.5, currency: 'USD' },
    ]);
  });

  it('a bad row fails the whole list, naming its line and what is wrong', () => {
    expect(failure('name,price,currency\nPixel 7,399,USD\nPixel 8,1.299,00,USD\n').message).toMatch(/^offers\.csv line 3: malformed CSV/);
    expect(failure('name,price,currency\nPixel 7,399,USD\nPixel 8,$499,USD\n').message).toBe(
      'offers.csv line 3: price "$499" is not a positive number (write 1299.99, no currency sign or thousands separator)',
    );
    expect(failure('name,price,currency\nPixel 7,0,USD\n').details.line).toBe(2);
    const currency = failure('name,price,currency\nPixel 7,399,RUB\n');
    expect(currency.message).toBe('offers.csv line 2: no exchange rate for currency "RUB"');
    expect(currency.details.suggestions).toEqual(CURRENCIES);
    expect(failure('name,price,currency,date\nPixel 7,399,USD,20.11.2026\n').message).toContain('line 2: date "20.11.2026" is not YYYY-MM-DD');
    expect(failure('name,price,currency\n,399,USD\n').message).toContain('line 2: no model or name');
    expect(failure('phone,cost\nPixel 7,399\n').message).toContain('line 1: the header must name the columns model or name, price and currency');
    expect(failure('name,price,currency\n').message).toBe('offers.csv line 1: no price rows after the header');
    expect(failure('name,price,currency\n').code).toBe('E_BAD_INPUT');
  });
});
