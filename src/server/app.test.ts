import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { projectPath } from '../project-root.js';
import { buildApp } from './app.js';
import { BROTLI_AFTER_REPLAYS, BROTLI_MAX_BYTES } from './response-cache.js';

/** Every route in-process over a fresh in-memory store seeded with the starter catalog. */
const env = { BANDFIT_DB: ':memory:' };
let store: Promise<Store> | undefined;
const open = () => (store ??= openStore({ env }));
const app = buildApp({ openStore: open, env });
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

beforeAll(() => app.ready());
afterAll(async () => {
  await app.close();
  if (store) await (await store).close();
});

describe('question routes', () => {
  it('check: Mi 6 on the US networks is limited or none, with a band table per technology', async () => {
    const res = await get('/api/v1/check?device=Xiaomi%20Mi%206&country=US');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.country).toBe('US');
    expect(body.device.id).toBe('xiaomi-mi-6');
    const names = body.results.map((r: { carrier: { name: string } }) => r.carrier.name);
    expect(names).toEqual(expect.arrayContaining(['T-Mobile', 'AT&T', 'Verizon']));
    for (const r of body.results) expect(['limited', 'none']).toContain(r.verdict);
    expect(body.results[0].technologies.length).toBeGreaterThan(0);
  });

  it('check: one carrier, a variant, and pasted bands', async () => {
    const one = (await get('/api/v1/check?device=MCE16&country=US&carrier=verizon')).json();
    expect(one.results.map((r: { carrier: { id: string } }) => r.carrier.id)).toEqual(['us-verizon']);
    const pasted = await get(`/api/v1/check?bands=${encodeURIComponent('LTE 1, 3, 7, 20')}&country=DE`);
    expect(pasted.statusCode).toBe(200);
    expect(pasted.json().device).toBeNull();
  });

  it('where: every country with a verdict, China sold', async () => {
    const body = (await get('/api/v1/where?device=Xiaomi%20Mi%206')).json();
    expect(body.countries.length).toBeGreaterThanOrEqual(170);
    expect(body.countries.find((c: { country: string }) => c.country === 'CN')).toMatchObject({ sold: true, level: 'full' });
  });

  it('phones: ranked list with filters', async () => {
    const body = (await get('/api/v1/phones?country=US&maxPrice=800&currency=usd&minVerdict=full&sort=price&limit=5')).json();
    expect(body.currency).toBe('USD');
    expect(body.phones.length).toBeLessThanOrEqual(5);
    for (const p of body.phones) expect(p.verdict.level).toBe('full');
  });

  it('trip and compare: comma-separated and repeated lists', async () => {
    const trip = (await get('/api/v1/trip?devices=Xiaomi%20Mi%206&countries=JP,KR&countries=DE')).json();
    expect(trip.countries).toEqual(['JP', 'KR', 'DE']);
    expect(trip.phones[0].stops).toHaveLength(3);
    const compare = (await get('/api/v1/compare?devices=Xiaomi%20Mi%206&country=CN')).json();
    expect(compare.country).toBe('CN');
    expect(compare.devices[0].variants[0].verdict.level).toBe('full');
  });
});

describe('catalog routes', () => {
  it('devices: autocomplete by name and by model number', async () => {
    const byName = (await get('/api/v1/devices?q=mi%206')).json();
    expect(byName.devices[0].id).toBe('xiaomi-mi-6');
    const byModel = (await get('/api/v1/devices?q=MCE16')).json();
    expect(byModel.devices[0]).toMatchObject({ id: 'xiaomi-mi-6', by: 'model', variant: 'xiaomi-mi-6-cn' });
    expect((await get('/api/v1/devices?limit=3')).json().devices).toHaveLength(3);
  });

  it('carriers and countries', async () => {
    const us = (await get('/api/v1/carriers?country=united%20states')).json();
    expect(us.country).toBe('US');
    expect(us.carriers.map((c: { id: string }) => c.id)).toContain('us-verizon');
    const all = (await get('/api/v1/countries')).json().countries as { code: string; numeric?: string; carriers: number }[];
    expect(all.find((c) => c.code === 'US')).toMatchObject({ numeric: '840' });
    expect(all.filter((c) => c.carriers > 0).length).toBeGreaterThanOrEqual(170);
  });
});

describe('errors', () => {
  it.each([
    ['/api/v1/check?device=Mi%206', 'country'],
    ['/api/v1/phones?country=US&limit=0', 'limit'],
    ['/api/v1/phones?country=US&sort=cheapest', 'sort'],
    ['/api/v1/phones?country=US&currency=XXX', 'currency'],
    ['/api/v1/check?country=US&colour=red', 'colour'],
    ['/api/v1/check?country=US', 'device'],
    [`/api/v1/trip?devices=${Array.from({ length: 11 }, (_, i) => `p${i}`).join(',')}&countries=JP`, 'devices'],
    [`/api/v1/trip?devices=a&countries=${'JP,'.repeat(31)}`, 'countries'],
  ])('400 naming the parameter: %s', async (url, parameter) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('E_BAD_INPUT');
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(parameter);
  });

  it('404 with suggestions for unknown device, carrier and country', async () => {
    const device = await get('/api/v1/where?device=Xiaomi%20Mi%2066666');
    expect(device.statusCode).toBe(404);
    expect(device.json().error.code).toBe('E_UNKNOWN_DEVICE');
    const carrier = (await get('/api/v1/check?device=Mi%206&country=US&carrier=Verizn')).json();
    expect(carrier.error).toMatchObject({ code: 'E_UNKNOWN_CARRIER' });
    expect(carrier.error.suggestions).toContain('AT&T');
    const country = await get('/api/v1/carriers?country=Germny');
    expect(country.statusCode).toBe(404);
    expect(country.json().error.suggestions).toContain('DE');
  });

  it('unknown routes, long URLs and internal failures never leak details', async () => {
    expect((await get('/api/v1/nothing')).json().error.code).toBe('E_NOT_FOUND');
    expect((await get(`/api/v1/devices?q=${'a'.repeat(5000)}`)).statusCode).toBe(414);
    const broken = buildApp({ snapshots: { current: () => Promise.reject(new Error('secret path /var/db')), knownVersion: () => undefined, invalidate: () => undefined }, env });
    const res = await broken.inject('/api/v1/devices?q=mi');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(res.json().error.code).toBe('E_INTERNAL');
  });
});

describe('caching', () => {
  it('ETag and Cache-Control on reads, 304 when the client holds the version', async () => {
    const first = await get('/api/v1/countries');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"v1-/);
    expect(first.headers['cache-control']).toContain('max-age');
    const again = await get('/api/v1/countries', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/v1/countries', { 'if-none-match': 'W/"other"' })).statusCode).toBe(200);
  });
});

describe('docs', () => {
  it('OpenAPI 3 lists every route with its parameters; /docs serves the UI', async () => {
    const spec = (await get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const route of ['check', 'where', 'phones', 'trip', 'compare', 'devices', 'carriers', 'countries']) expect(spec.paths).toHaveProperty(`/api/v1/${route}`);
    expect(spec.paths['/api/v1/import/devices']).toHaveProperty('post');
    const params = spec.paths['/api/v1/phones'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['country', 'maxPrice', 'minVerdict']));
    expect((await get('/docs')).statusCode).toBe(200);
  });
});

/** Compression: src/server/compression.ts (its header parsing is tested in compression.test.ts). */
const CHECK = '/api/v1/check?device=Xiaomi%20Mi%206&country=US';

describe('compressed answers', () => {
  it('gzip and brotli answers decode to the uncompressed answer, computed or replayed', async () => {
    const plain = await get(CHECK);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body.length).toBeGreaterThan(5000);
    // The first gzip request after a fresh answer is a replay; ask twice to cover both paths.
    for (let i = 0; i < 2; i++) {
      const gz = await get(CHECK, { 'accept-encoding': 'gzip, deflate, br' });
      expect(gz.statusCode).toBe(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers.vary).toBe('accept-encoding');
      expect(gz.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);
      expect(gz.rawPayload.length).toBeLessThan(plain.body.length / 3);
      expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    }
    // A brotli-only client gets the answer as it is until it has been replayed often enough to
    // be worth brotli at best quality.
    const br = await get(CHECK, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBeUndefined();
    expect(br.body).toBe(plain.body);
  });

  it('keeps large answers gzip however often they are replayed', async () => {
    const url = '/api/v1/where?device=Xiaomi%20Mi%206';
    const plain = await get(url);
    expect(plain.body.length).toBeGreaterThan(BROTLI_MAX_BYTES);
    for (let i = 0; i < BROTLI_AFTER_REPLAYS * 2; i++) {
      const res = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.headers['content-encoding']).toBe('gzip');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const last = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(last.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(last.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('replays a kept answer as best-quality brotli once it is ready, gzip until then', async () => {
    const url = '/api/v1/check?device=Xiaomi%20Mi%206&country=JP';
    const plain = await get(url);
    const browser = { 'accept-encoding': 'gzip, deflate, br' };
    const first = await get(url, browser);
    expect(first.headers['content-encoding']).toBe('gzip');
    let res = first;
    for (let i = 0; i < 100 && res.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      res = await get(url, browser);
    }
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.rawPayload.length).toBeLessThan(first.rawPayload.length);
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(plain.body);
    // A client that prefers gzip still gets gzip.
    const gzipFirst = await get(url, { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
  });

  it('compresses a fresh answer the first time it is computed', async () => {
    const url = '/api/v1/check?device=Xiaomi%20Mi%206&country=DE';
    const first = await get(url, { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    const plain = await get(url);
    expect(gunzipSync(first.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('leaves small answers, errors below the threshold and 304s uncompressed', async () => {
    const error = await get('/api/v1/check?device=nothing-like-this-phone&country=US', { 'accept-encoding': 'gzip' });
    expect(error.statusCode).toBe(404);
    expect(error.rawPayload.length).toBeLessThan(1024);
    expect(error.headers['content-encoding']).toBeUndefined();
    expect(() => JSON.parse(error.body)).not.toThrow();
    const etag = (await get(CHECK)).headers.etag as string;
    const notModified = await get(CHECK, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers['content-encoding']).toBeUndefined();
    expect(notModified.rawPayload.length).toBe(0);
  });

  it('honours a zero weight', async () => {
    const res = await get(CHECK, { 'accept-encoding': 'gzip;q=0, br;q=0' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().results.length).toBeGreaterThan(0);
  });
});

describe('web app files', () => {
  const dist = projectPath('web', 'dist');
  it.skipIf(!existsSync(join(dist, 'index.html')))('go out as brotli or gzip when the browser accepts it, as written by the build', async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
    expect(script).toBeDefined();
    const plain = readFileSync(join(dist, script!));
    const br = await get(script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);
    const gz = await get(script!, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(plain)).toBe(true);
    const none = await get(script!);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.rawPayload.equals(plain)).toBe(true);
  });
});
