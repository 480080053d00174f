import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDevice } from '../../src/store/test-support/store-fixtures.js';
import { ADMIN_TOKEN, expectCleanAnswer, memoryApp } from './support/hardening-app.js';
import { anyValue, protoJson, PROTO_KEYS, queryString, structuredQuery } from './support/fuzz-inputs.js';

/**
 * Property-based fuzz of every route in-process: whatever the query, headers or body, the
 * server never answers 5xx, never shows a stack trace or an internal message, and every error
 * is `{ error: { code, message } }` with a project code (docs/api.md, "Errors").
 */
const server = memoryApp();
const { app } = server;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(() => app.ready());
afterAll(() => server.close());

/** Query parameters of each GET route (src/server/schemas.ts). */
const ROUTES: Record<string, string[]> = {
  check: ['device', 'bands', 'country', 'carrier', 'variant', 'includeAll'],
  where: ['device'],
  phones: ['country', 'carrier', 'maxPrice', 'currency', 'minVerdict', 'sort', 'limit'],
  trip: ['devices', 'countries'],
  compare: ['devices', 'country'],
  devices: ['q', 'limit'],
  carriers: ['country'],
  countries: [],
};

/** Cases per route: fewer where one answer walks every country. */
const RUNS: Record<string, number> = { check: 1200, where: 300, trip: 300, compare: 600, phones: 500 };

const headers = fc.record(
  {
    'if-none-match': fc.oneof(anyValue, fc.constant('*'), fc.constant('W/"v1-x"')),
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml', ''),
    'accept-language': anyValue,
    'accept-encoding': fc.oneof(anyValue, fc.constantFrom('gzip, deflate, br', 'br', 'gzip;q=0', 'br;q=1, gzip;q=0.5', '*', 'identity')),
  },
  { requiredKeys: [] },
);
const ascii = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.replace(/[^\x20-\x7e]/g, '?')]));

describe('GET routes under random queries', () => {
  for (const [route, params] of Object.entries(ROUTES)) {
    it(`/api/v1/${route}: never 5xx, errors always { error: { code, message } }`, async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(fc.oneof(queryString(params), structuredQuery(route, params), structuredQuery(route, params)), headers, async (query, h) => {
          const url = `/api/v1/${route}${query ? `?${query}` : ''}`;
          const res = await app.inject({ method: 'GET', url, headers: ascii(h) });
          expectCleanAnswer(res, `GET ${url}`);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        }),
        { numRuns: RUNS[route] ?? 800 },
      );
      // The mix must reach the engine, not only validation: a fair share of answers are 200.
      expect(statuses.get(200) ?? 0, JSON.stringify([...statuses])).toBeGreaterThan((RUNS[route] ?? 800) / 40);
    });
  }

  it('other paths and methods: 404 or 405-like answers, never a 5xx', async () => {
    const path = fc.oneof(
      fc.constantFrom('/api/v1/', '/api/v1/check/', '/api/v1/../../etc/passwd', '/api/v2/check', '/api/v1/__proto__', '/api/v1/constructor', '/%', '/%2e%2e/%2e%2e/', '/docs/..%2f..%2fpackage.json', '/index.html', '/assets/../../package.json'),
      fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((s) => `/api/v1/${encodeURIComponent(s)}`),
    );
    const method = fc.constantFrom('GET', 'HEAD', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'POST');
    await fc.assert(
      fc.asyncProperty(path, method, async (url, m) => {
        const res = await app.inject({ method: m as 'GET', url });
        expectCleanAnswer(res, `${m} ${url}`);
        expect(res.body).not.toMatch(/"name"\s*:\s*"bandfit"/); // package.json never served
      }),
      { numRuns: 300 },
    );
  });

  it('URLs at and past the 4096-character limit answer 200/4xx, never a 5xx', async () => {
    for (const n of [4000, 4096, 4097, 16_000, 70_000]) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/devices?q=${'%C3%A9'.repeat(Math.ceil(n / 6))}` });
      expectCleanAnswer(res, `GET devices with a ${n}-character URL`);
    }
  });
});

/** A valid device or overlay with one field replaced by random JSON. */
const mutatedDevice = fc.tuple(fc.constantFrom('id', 'brand', 'name', 'checked', 'announced', 'sources', 'variants', 'specs', 'aliases'), fc.jsonValue()).map(([key, value]) => ({ ...fixtureDevice('fz'), [key]: value }));
const mutatedOverlay = fc.tuple(fc.constantFrom('id', 'country', 'name', 'lte', 'nr', 'gsm', 'umts', 'cdma', 'nrSa', 'sources'), fc.jsonValue()).map(([key, value]) => ({ id: 'us-verizon', country: 'US', lte: [{ band: 'B13', layer: 'coverage' }], [key]: value }));

describe('POST imports under random bodies', () => {
  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.array(fc.jsonValue(), { maxLength: 4 }).map((v) => JSON.stringify(v)),
    fc.array(mutatedDevice, { minLength: 1, maxLength: 3 }).map((v) => JSON.stringify(v)),
    fc.array(mutatedOverlay, { minLength: 1, maxLength: 3 }).map((v) => JSON.stringify(v)),
    protoJson,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('', '[', '[{', '{"a":', '\ufeff[]', '[]', '[null]', '[1e999]', `[${'['.repeat(5000)}`, '"x"'),
  );
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '');
  const auth = fc.constantFrom(`Bearer ${ADMIN_TOKEN}`, `Bearer ${ADMIN_TOKEN}`, `bearer  ${ADMIN_TOKEN} `, 'Bearer wrong', 'Basic eDp5', '', `Bearer ${'x'.repeat(5000)}`);

  for (const route of ['devices', 'carriers']) {
    it(`/api/v1/import/${route}: never 5xx, errors always { error: { code, message } }`, async () => {
      await fc.assert(
        fc.asyncProperty(body, contentType, auth, async (payload, type, authorization) => {
          const headers: Record<string, string> = {};
          if (type) headers['content-type'] = type;
          if (authorization) headers.authorization = authorization;
          const res = await app.inject({ method: 'POST', url: `/api/v1/import/${route}`, payload, headers });
          expectCleanAnswer(res, `POST ${route} ${type} ${payload.slice(0, 120)}`);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('a body with invalid UTF-8 bytes is refused with 400, not a crash', async () => {
    const payload = Buffer.concat([Buffer.from('[{"id":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from('"}]')]);
    const res = await app.inject({ method: 'POST', url: '/api/v1/import/devices', payload, headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` } });
    expectCleanAnswer(res, 'invalid UTF-8');
    expect(res.statusCode).toBe(400);
  });
});

describe('after the fuzz', () => {
  it('Object.prototype is untouched and the server still answers', async () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const key of PROTO_KEYS) expect(Object.prototype.hasOwnProperty.call({}, key)).toBe(false);
    const res = await app.inject('/api/v1/check?device=Xiaomi%20Mi%206&country=US');
    expect(res.statusCode).toBe(200);
    expect(res.json().device.id).toBe('xiaomi-mi-6');
  });
});
