import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeData } from '../service/store-data.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { acceptedEncoding, encodingWeights } from './compression.js';

describe('acceptedEncoding', () => {
  it('reads the weights of RFC 9110 section 12.5.3', () => {
    expect(acceptedEncoding(undefined)).toBeUndefined();
    expect(acceptedEncoding('')).toBeUndefined();
    expect(acceptedEncoding('identity')).toBeUndefined();
    expect(acceptedEncoding('gzip, deflate, br')).toBe('gzip');
    expect(acceptedEncoding('br')).toBe('br');
    expect(acceptedEncoding('br;q=1.0, gzip;q=0.8')).toBe('br');
    expect(acceptedEncoding('GZIP;Q=0.5, br;q=0.4')).toBe('gzip');
    expect(acceptedEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(acceptedEncoding('gzip;q=0, br')).toBe('br');
    expect(acceptedEncoding('*')).toBe('gzip');
    expect(acceptedEncoding('*;q=0.1, gzip;q=0')).toBe('br');
    expect(acceptedEncoding(['deflate', 'gzip'])).toBe('gzip');
    expect(encodingWeights('br;q=0.5, gzip;q=2, *;q=x')).toEqual({ br: 0.5, gzip: 1 });
    expect(encodingWeights(undefined)).toEqual({ br: 0, gzip: 0 });
  });

  it('never throws and only names an encoding the header accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (header) => {
        const encoding = acceptedEncoding(header);
        if (encoding !== undefined) expect(header.toLowerCase()).toMatch(new RegExp(`${encoding}|\\*`));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The whole app in-process over an in-memory store seeded with the starter catalog. */
const env = { BANDFIT_DB: ':memory:' };
let store: Promise<Store> | undefined;
const open = () => (store ??= openStore({ env }));
const app = buildApp({ data: storeData(open), openStore: open, env });
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const CHECK = '/api/v1/check?device=Xiaomi%20Mi%206&country=US';

beforeAll(() => app.ready());
afterAll(async () => {
  await app.close();
  if (store) await (await store).close();
});

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
    const br = await get(CHECK, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
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
    if (error.rawPayload.length < 1024) expect(error.headers['content-encoding']).toBeUndefined();
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
