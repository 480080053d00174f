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
  it('keeps an answer the second time its URL is asked, and replays it byte for byte with its JSON type', async () => {
    const cache = new ResponseCache();
    const { app, computed } = appWith(cache, { etag: 'W/"v1-a"' });
    const first = await app.inject('/answer?n=1');
    expect(cache.holds('/answer?n=1', 'W/"v1-a"')).toBe(false);
    const second = await app.inject('/answer?n=1');
    expect(computed()).toBe(2);
    expect(cache.holds('/answer?n=1', 'W/"v1-a"')).toBe(true);
    const third = await app.inject('/answer?n=1');
    expect(computed()).toBe(2);
    expect(third.body).toBe(second.body);
    expect(JSON.parse(first.body).computed).toBe(1);
    expect(third.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(third.headers.etag).toBe('W/"v1-a"');
  });

  it('keeps nothing while every URL is new', async () => {
    const cache = new ResponseCache();
    const { app, computed } = appWith(cache, { etag: 'W/"v1-a"' });
    for (let i = 0; i < 50; i++) await app.inject(`/answer?n=${i}`);
    expect(cache.size).toBe(0);
    expect(computed()).toBe(50);
  });

  it('computes again under a new tag, and never keeps errors', async () => {
    const cache = new ResponseCache();
    const state = { etag: 'W/"v1-a"' };
    const { app, computed } = appWith(cache, state);
    await app.inject('/answer?n=1');
    await app.inject('/answer?n=1');
    expect(cache.size).toBe(1);
    state.etag = 'W/"v1-b"';
    // The new tag drops the kept answer and the record of asks: asked twice more before it is kept.
    expect(JSON.parse((await app.inject('/answer?n=1')).body).computed).toBe(3);
    expect(cache.size).toBe(0);
    expect(JSON.parse((await app.inject('/answer?n=1')).body).computed).toBe(4);
    expect(JSON.parse((await app.inject('/answer?n=1')).body).computed).toBe(4);
    for (let i = 0; i < 3; i++) expect((await app.inject('/answer?n=missing')).statusCode).toBe(404);
    expect(computed()).toBe(7);
    expect(cache.size).toBe(1);
  });

  it('stays within its byte budget, dropping the oldest answers first', async () => {
    const cache = new ResponseCache(8 * 1024);
    const { app } = appWith(cache, { etag: 'W/"v1-a"' });
    for (let i = 0; i < 100; i++) {
      await app.inject(`/answer?n=${i}`);
      await app.inject(`/answer?n=${i}`);
    }
    // Each entry is about 150 bytes: at most 8 KiB of them fit.
    expect(cache.size).toBeGreaterThan(10);
    expect(cache.size).toBeLessThan(60);
    expect(cache.holds('/answer?n=99', 'W/"v1-a"')).toBe(true);
    expect((await app.inject('/answer?n=0')).json().computed).toBe(201);
  });

  it('counts compressed forms in its budget and replays them', async () => {
    const cache = new ResponseCache(64 * 1024);
    const { app, computed } = appWith(cache, { etag: 'W/"v1-a"' });
    const big = (n: number) => `/answer?n=${n}${'-'.repeat(2000)}`;
    for (let i = 0; i < 40; i++) {
      await app.inject(big(i));
      await app.inject(big(i));
      const gz = await app.inject({ url: big(i), headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(cache.byteSize).toBeLessThanOrEqual(64 * 1024);
    }
    expect(computed()).toBe(80);
    expect(cache.size).toBeLessThan(40);
  });
});
