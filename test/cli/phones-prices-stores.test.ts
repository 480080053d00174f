import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialectCases } from '../../src/store/test-support/store-fixtures.js';
import { useDialectApp } from '../support/dialect-app.js';
import { runCli } from './run-cli.js';

/**
 * `phones --prices` and `POST /api/v1/phones` on SQLite and (with BANDFIT_TEST_DATABASE_URL)
 * PostgreSQL: a phone taught into the store is priced from the list like a catalog phone.
 */
const { cases, skipped } = dialectCases();
if (skipped) console.warn(skipped);
const dir = mkdtempSync(join(tmpdir(), 'bandfit-prices-stores-'));
const LIST = 'model,name,price,currency,store\nFXP1-U,,199,USD,Shop A\n,Google Pixel 7,399,USD,Shop B\nZZ-NOPE1,,99,USD,\n';

describe.each(cases)('$name: phones with a price list', (dialect) => {
  const t = useDialectApp(dialect, async (env) => {
    const taught = await runCli(['devices', 'add', 'Fixture Pricephone P1', '--bands', 'LTE 2, 4, 5, 12, 66, 71; 5G n71, n41', '--variant', 'USA', '--model', 'FXP1-U'], env);
    expect(taught.code, taught.err).toBe(0);
  });

  it('the CLI ranks the taught phone and the catalog phone at the list prices, the unknown row by line', async () => {
    const file = join(dir, `${dialect.name}.csv`);
    writeFileSync(file, LIST);
    const r = await runCli(['phones', '--country', 'US', '--carrier', 'T-Mobile', '--prices', file, '--json'], t.env);
    expect(r.code, r.err).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.phones.map((p: { deviceId: string }) => p.deviceId).sort()).toEqual(['fixture-pricephone-p1', 'google-pixel-7']);
    expect(body.phones.find((p: { deviceId: string }) => p.deviceId === 'fixture-pricephone-p1').price).toMatchObject({ origin: 'user', amount: 199, store: 'Shop A', line: 2 });
    expect(body.priceList.unmatched).toEqual([expect.objectContaining({ line: 4, phone: 'ZZ-NOPE1' })]);
  });

  it('the API answers the same list the same way', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/phones', payload: { country: 'US', carrier: 'T-Mobile', prices: LIST } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.phones.map((p: { deviceId: string }) => p.deviceId).sort()).toEqual(['fixture-pricephone-p1', 'google-pixel-7']);
    expect(body.priceList).toMatchObject({ rows: 3, matched: 2 });
  });
});
