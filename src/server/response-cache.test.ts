import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

/** A route that counts how often it computes, behind the cache, with the tag in `state.etag`. */
function appWith(cache: ResponseCache, state: { etag: string }) {
  let computed = 0;
  const app = Fastify();
  cache.install(app);
  app.get<{ Querystring: { n?: string } }>('/answer', {
    preHandler: async (request, reply) => {
      reply.header('etag', state.etag);
      if (cache.replay(request, reply, state.etag)) return reply;
    },
  }, async (request, reply) => {
    computed++;
    if (request.query.n === 'missing') return reply.status(404).send({ error: { code: 'E_UNKNOWN_DEVICE' } });
    return { n: request.query.n, big: 'x'.repeat(100), computed };
  });
  return { app, computed: () => computed };
}

describe('ResponseCache', () => {
  it('replays a kept answer byte for byte with its JSON type', async () => {
    const cache = new ResponseCache();
    const { app, computed } = appWith(cache, { etag: 'W/"v1-a"' });
    const first = await app.inject('/answer?n=1');
    const second = await app.inject('/answer?n=1');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(second.headers.etag).toBe('W/"v1-a"');
    expect(computed()).toBe(1);
  });

  it('computes again under a new tag, and never keeps errors', async () => {
    const cache = new ResponseCache();
    const state = { etag: 'W/"v1-a"' };
    const { app, computed } = appWith(cache, state);
    await app.inject('/answer?n=1');
    state.etag = 'W/"v1-b"';
    expect(JSON.parse((await app.inject('/answer?n=1')).body).computed).toBe(2);
    await app.inject('/answer?n=missing');
    const again = await app.inject('/answer?n=missing');
    expect(again.statusCode).toBe(404);
    expect(computed()).toBe(4);
    expect(cache.size).toBe(1);
  });

  it('stays within its byte budget, dropping the oldest answers first', async () => {
    const cache = new ResponseCache(8 * 1024);
    const { app } = appWith(cache, { etag: 'W/"v1-a"' });
    for (let i = 0; i < 100; i++) await app.inject(`/answer?n=${i}`);
    // Each entry is about 150 bytes: at most 8 KiB of them fit.
    expect(cache.size).toBeGreaterThan(10);
    expect(cache.size).toBeLessThan(60);
    const before = (await app.inject('/answer?n=0')).json().computed;
    expect(before).toBe(101);
  });

  it('counts compressed forms in its budget and replays them', async () => {
    const cache = new ResponseCache(64 * 1024);
    const { app, computed } = appWith(cache, { etag: 'W/"v1-a"' });
    const big = (n: number) => `/answer?n=${n}${'-'.repeat(2000)}`;
    for (let i = 0; i < 40; i++) {
      await app.inject(big(i));
      const gz = await app.inject({ url: big(i), headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(cache.byteSize).toBeLessThanOrEqual(64 * 1024);
    }
    expect(computed()).toBe(40);
    expect(cache.size).toBeLessThan(40);
  });
});
