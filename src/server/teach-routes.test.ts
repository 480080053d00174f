import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { dialectCases } from '../store/test-support/store-fixtures.js';
import { buildApp } from './app.js';

const TOKEN = 'teach-token';
const PAGE = readFileSync(join(import.meta.dirname, '../../test/fixtures/spec-pages/apple-iphone-16-pro.html'), 'utf8');
const { cases, skipped } = dialectCases();
if (skipped) console.warn(skipped);

describe.each(cases)('teach routes on $name', (dialect) => {
  const stores: Store[] = [];
  afterEach(async () => {
    while (stores.length) await stores.pop()!.close();
  });
  async function app() {
    const where = await dialect.fresh();
    const store = await openStore({ ...where, env: {} });
    stores.push(store);
    return buildApp({ openStore: async () => store, env: { BANDFIT_ADMIN_TOKEN: TOKEN } });
  }
  const send = (a: Awaited<ReturnType<typeof app>>, method: 'POST' | 'DELETE', url: string, payload?: object, token: string | null = TOKEN) =>
    a.inject({ method, url, ...(payload ? { payload } : {}), headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  it('teaches a phone from a spec page: a preview stores nothing, then every question answers for it', async () => {
    const a = await app();
    expect((await send(a, 'POST', '/api/v1/import/phone', { page: PAGE }, null)).statusCode).toBe(401);
    const preview = await send(a, 'POST', '/api/v1/import/phone', { page: PAGE, dryRun: true });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ stored: false, read: { name: 'Apple iPhone 16 Pro' } });
    expect(preview.json().read.variants.map((v: { id: string }) => v.id)).toEqual(['apple-iphone-16-pro-intl', 'apple-iphone-16-pro-us', 'apple-iphone-16-pro-ca-jp', 'apple-iphone-16-pro-cn']);
    const taught = await send(a, 'POST', '/api/v1/import/phone', { page: PAGE, source: 'https://www.gsmarena.com/apple_iphone_16_pro-13315.php' });
    expect(taught.json()).toMatchObject({ stored: true, inserted: 0, updated: 1 });
    const check = await a.inject('/api/v1/check?device=A3292&country=JP&carrier=NTT%20Docomo');
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().device.variant.id).toBe('apple-iphone-16-pro-ca-jp');
    expect(check.json().bands).toEqual(expect.arrayContaining(['B11', 'B21', 'n79']));
    const removed = await send(a, 'DELETE', '/api/v1/import/phone/apple-iphone-16-pro');
    expect(removed.json()).toEqual({ removed: 'apple-iphone-16-pro', name: 'Apple iPhone 16 Pro', restored: true });
  });

  it('teaches band text for one variant and refuses what it cannot take, storing nothing', async () => {
    const a = await app();
    const noTable = await send(a, 'POST', '/api/v1/import/phone', { page: '<h1 data-spec="modelname">Fixture None</h1>' });
    expect(noTable.statusCode).toBe(400);
    expect(noTable.json().error.code).toBe('E_BAD_BAND_TEXT');
    const both = await send(a, 'POST', '/api/v1/import/phone', { name: 'Fixture Both', bands: 'LTE 1', page: PAGE });
    expect(both.json().error.code).toBe('E_BAD_INPUT');
    const ok = await send(a, 'POST', '/api/v1/import/phone', { name: 'Fixture Webphone W2', bands: 'LTE 1, 3, 7, 20; 5G n78', variant: 'Europe', models: ['FXW2-E'] });
    expect(ok.json()).toMatchObject({ stored: true, inserted: 1, device: { id: 'fixture-webphone-w2', variants: [{ label: 'Europe', models: ['FXW2-E'], bands: ['B1', 'B3', 'B7', 'B20', 'n78'] }] } });
    expect((await a.inject('/api/v1/devices?q=FXW2-E')).json().devices[0]).toMatchObject({ id: 'fixture-webphone-w2' });
    expect((await send(a, 'DELETE', '/api/v1/import/phone/xiaomi-mi-6')).json().error).toMatchObject({ code: 'E_BAD_INPUT' });
    expect((await send(a, 'DELETE', '/api/v1/import/phone/fixture-nope')).statusCode).toBe(404);
    expect((await send(a, 'DELETE', '/api/v1/import/phone/fixture-webphone-w2')).json()).toMatchObject({ removed: 'fixture-webphone-w2', restored: false });
    expect((await a.inject('/api/v1/check?device=FXW2-E&country=DE')).statusCode).toBe(404);
  });
});
