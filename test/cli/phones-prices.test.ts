import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bandfit-prices-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const OFFERS = file('offers.csv', [
  'model,name,price,currency,store,date',
  'SM-S928B,,1099,EUR,Shop A,2026-11-20',
  ',Google Pixel 7,399,USD,,2023-01-05',
  'ZZ-NOPE1,,99,EUR,,',
  ',Galaxy,300,EUR,,',
  ',Google Pixel 7,420,EUR,Shop B,',
].join('\n'));

describe('bandfit phones --prices', () => {
  it('ranks only the phones of the list at its prices, and reports the rows that match no phone by line', async () => {
    const r = await runJson(['phones', '--country', 'DE', '--currency', 'EUR', '--prices', OFFERS, '--min-verdict', 'limited']);
    expect(r.phones.map((p: any) => p.deviceId).sort()).toEqual(['google-pixel-7', 'samsung-galaxy-s24-ultra']);
    const s24 = r.phones.find((p: any) => p.deviceId === 'samsung-galaxy-s24-ultra');
    expect(s24.variantLabel).toBe('International');
    expect(s24.price).toMatchObject({ origin: 'user', amount: 1099, store: 'Shop A', line: 2, date: '2026-11-20', converted: false });
    const pixel = r.phones.find((p: any) => p.deviceId === 'google-pixel-7');
    // Two offers for the Pixel 7: the cheaper one (399 USD on line 3) is kept, converted and flagged old.
    expect(pixel.price).toMatchObject({ origin: 'user', line: 3, converted: true, old: true, from: { amount: 399, currency: 'USD' } });
    expect(r.priceList).toMatchObject({ file: 'offers.csv', rows: 5, matched: 3 });
    expect(r.priceList.unmatched.map((u: any) => [u.line, u.phone])).toEqual([[4, 'ZZ-NOPE1'], [5, 'Galaxy']]);
    expect(r.excluded.notOnPriceList).toBeGreaterThan(400);
  });

  it('prints where each price comes from and the lines not ranked', async () => {
    const r = await runCli(['phones', '--country', 'DE', '--currency', 'EUR', '--prices', OFFERS, '--min-verdict', 'limited']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Prices from offers.csv: 3 of 5 rows found a phone.');
    expect(r.out).toContain('line 4, not ranked: No device matches "ZZ-NOPE1"');
    expect(r.out).toContain('line 5, not ranked: "Galaxy" matches several devices');
    expect(r.out).toContain('list line 2 Shop A: 1099 EUR, dated 2026-11-20');
  });

  it('a bad file is exit 2 naming the line, and no ranking is printed', async () => {
    const bad = file('bad.csv', 'model,price,currency\nSM-S928B,1099,EUR\nSM-S928U,12O0,USD\n');
    const r = await runCli(['phones', '--country', 'DE', '--prices', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.csv line 3: price "12O0" is not a positive number');
    expect(r.out).toBe('');
    expect((await runCli(['phones', '--country', 'DE', '--prices', join(dir, 'missing.csv')])).code).toBe(2);
  });
});

describe('bandfit phones without a price list', () => {
  it('ranks only phones meant for the country, with year, dated prices and a value that means the same in INR', async () => {
    const inr = await runJson(['phones', '--country', 'IN', '--currency', 'INR', '--limit', '50']);
    const eur = await runJson(['phones', '--country', 'IN', '--currency', 'EUR', '--limit', '50']);
    expect(inr.valueUnit).toBe('performance points per 100 EUR');
    expect(inr.excluded.notSoldThere).toBeGreaterThan(0);
    const values = inr.phones.filter((p: any) => p.value !== undefined).map((p: any) => p.value);
    expect(new Set(values).size).toBeGreaterThan(5);
    expect(values.every((v: number) => v > 10)).toBe(true);
    // The same Indian launch price gives the same value whether it is shown in rupees or euros.
    const eurById = new Map(eur.phones.map((p: any) => [p.deviceId, p]));
    const local = inr.phones.filter((p: any) => p.price?.from.market === 'IN' && p.value !== undefined);
    expect(local.length).toBeGreaterThan(5);
    for (const p of local) expect((eurById.get(p.deviceId) as any)?.value).toBe(p.value);
    for (const p of inr.phones) {
      if (!p.price) continue;
      expect(p.price).toMatchObject({ origin: 'launch', date: expect.any(String) });
      expect(p.price.old === true).toBe(p.price.date.padEnd(10, '9') < `2023${inr.asOf.slice(4)}`);
    }
  });

  it('--since and --esim filter, and eSIM is shown', async () => {
    const r = await runJson(['phones', '--country', 'US', '--since', '2023', '--esim']);
    expect(r.phones.length).toBeGreaterThan(0);
    for (const p of r.phones) {
      expect(Number(p.announced.slice(0, 4))).toBeGreaterThanOrEqual(2023);
      expect(p.esim).toBe(true);
    }
    const text = await runCli(['phones', '--country', 'US', '--since', '2023', '--esim']);
    expect(text.out).toMatch(/│ eSIM │/);
    expect(text.out).toMatch(/announced before --since/);
    expect((await runCli(['phones', '--country', 'US', '--since', '23'])).code).toBe(2);
  });
});
