import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../project-root.js';
import { FRESH_COMPRESS_MIN_BYTES } from './compression.js';
import { BROTLI_AFTER_REPLAYS, BROTLI_MAX_BYTES } from './response-cache.js';
import { inProcessApp } from './test-support/in-process-app.js';

/** How answers travel: ETags and 304s, compressed answers and the web app's files. */
const { get } = inProcessApp();

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

/** Compression: src/server/compression.ts (its header parsing is tested in compression.test.ts). */
const CHECK = '/api/v1/check?device=Xiaomi%20Mi%206&country=US';

describe('compressed answers', () => {
  it('gzip and brotli answers decode to the uncompressed answer, computed or replayed', async () => {
    const plain = await get(CHECK);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('accept-encoding');
    expect(plain.body.length).toBeGreaterThan(5000);
    // The second ask keeps the answer (the first only computes it); the first gzip request after
    // that is a replay that gzips it, the next replays the gzip: ask twice to cover both paths.
    expect((await get(CHECK)).body).toBe(plain.body);
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
    // A brotli-only client gets this answer (over 8 KiB) as brotli at its fastest quality until it
    // has been replayed often enough to be worth brotli at best quality.
    expect(plain.body.length).toBeGreaterThan(FRESH_COMPRESS_MIN_BYTES);
    const br = await get(CHECK, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('keeps large answers gzip however often they are replayed', async () => {
    const url = '/api/v1/where?device=Xiaomi%20Mi%206';
    const plain = await get(url);
    expect(plain.body.length).toBeGreaterThan(BROTLI_MAX_BYTES);
    expect((await get(url)).body).toBe(plain.body); // asked twice: kept, so every request below is a replay
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
    expect((await get(url)).body).toBe(plain.body); // asked twice: kept
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
