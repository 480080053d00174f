import fc from 'fast-check';
import Fastify from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPRESS_MIN_BYTES, encodingWeights, FRESH_COMPRESS_MIN_BYTES, installCompression } from './compression.js';
import { ResponseCache } from './response-cache.js';

describe('encodingWeights', () => {
  it('reads the weights of RFC 9110 section 12.5.3', () => {
    expect(encodingWeights(undefined)).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('')).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('identity')).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('gzip, deflate, br')).toEqual({ gzip: 1, br: 1 });
    expect(encodingWeights('br')).toEqual({ gzip: 0, br: 1 });
    expect(encodingWeights('br;q=1.0, gzip;q=0.8')).toEqual({ gzip: 0.8, br: 1 });
    expect(encodingWeights('GZIP;Q=0.5, br;q=0.4')).toEqual({ gzip: 0.5, br: 0.4 });
    expect(encodingWeights('gzip;q=0, br')).toEqual({ gzip: 0, br: 1 });
    expect(encodingWeights('*')).toEqual({ gzip: 1, br: 1 });
    expect(encodingWeights('*;q=0.1, gzip;q=0')).toEqual({ gzip: 0, br: 0.1 });
    expect(encodingWeights(['deflate', 'gzip'])).toEqual({ gzip: 1, br: 0 });
    expect(encodingWeights('br;q=0.5, gzip;q=2, *;q=x')).toEqual({ br: 0.5, gzip: 1 });
  });

  it('never throws, and weighs only what the header names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (header) => {
        const weights = encodingWeights(header);
        for (const [name, weight] of Object.entries(weights)) {
          expect(weight).toBeGreaterThanOrEqual(0);
          expect(weight).toBeLessThanOrEqual(1);
          if (weight > 0) expect(header.toLowerCase()).toMatch(new RegExp(`${name}|\\*`));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('installCompression', () => {
  /** `/answer?size=N` answers N bytes of JSON, kept by the cache (on its second ask) as the server's routes are. */
  function app() {
    const cache = new ResponseCache();
    const server = Fastify();
    cache.install(server);
    installCompression(server);
    server.get<{ Querystring: { size: string } }>('/answer', {
      preHandler: async (request, reply) => {
        if (cache.replay(request, reply, 'W/"t"')) return reply;
      },
    }, async (request) => ({ text: 'band '.repeat(Math.ceil(Number(request.query.size) / 5)) }));
    return server;
  }
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };

  it('sends a fresh answer under FRESH_COMPRESS_MIN_BYTES as it is, and gzips its replays', async () => {
    const server = app();
    const url = `/answer?size=${(COMPRESS_MIN_BYTES + FRESH_COMPRESS_MIN_BYTES) / 2}`;
    // The first ask computes; the second computes again and keeps; the third replays.
    const first = await server.inject({ url, headers: gzip });
    expect(first.headers['content-encoding']).toBeUndefined();
    const fresh = await server.inject({ url, headers: gzip });
    expect(fresh.headers['content-encoding']).toBeUndefined();
    expect(fresh.headers.vary).toBe('accept-encoding');
    expect(fresh.body).toBe(first.body);
    const replayed = await server.inject({ url, headers: gzip });
    expect(replayed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(replayed.rawPayload).toString('utf8')).toBe(fresh.body);
  });

  it('compresses a fresh answer of FRESH_COMPRESS_MIN_BYTES or more: brotli where weighed at least as high as gzip, else gzip', async () => {
    const server = app();
    const url = `/answer?size=${FRESH_COMPRESS_MIN_BYTES * 2}`;
    const plain = await server.inject({ url: `${url}&plain`, headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const browser = await server.inject({ url, headers: gzip });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.rawPayload.length).toBeLessThan(FRESH_COMPRESS_MIN_BYTES / 4);
    expect(brotliDecompressSync(browser.rawPayload).toString('utf8')).toBe(plain.body);
    for (const [i, header] of ['gzip', 'gzip, br;q=0.5'].entries()) {
      const fresh = await server.inject({ url: `${url}&gzip=${i}`, headers: { 'accept-encoding': header } });
      expect(fresh.headers['content-encoding']).toBe('gzip');
      expect(fresh.rawPayload.length).toBeLessThan(FRESH_COMPRESS_MIN_BYTES / 4);
      expect(gunzipSync(fresh.rawPayload).toString('utf8')).toBe(plain.body);
    }
  });
});
