import { describe, expect, it } from 'vitest';
import { inProcessApp } from './test-support/in-process-app.js';

/** `POST /api/v1/phones` with a price list, and the `since` and `esim` filters of `GET`. */
const { app } = inProcessApp();
const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/v1/phones', payload: payload as object });

describe('POST /api/v1/phones', () => {
  it('ranks the phones of the price list at its prices and lists the rows that match none', async () => {
    const prices = 'model,price,currency,store\nSM-S928B,1099,EUR,Shop A\nZZ-NOPE1,99,EUR,\n';
    const res = await post({ country: 'DE', currency: 'EUR', prices });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.phones.map((p: { deviceId: string }) => p.deviceId)).toEqual(['samsung-galaxy-s24-ultra']);
    expect(body.phones[0].price).toMatchObject({ origin: 'user', amount: 1099, store: 'Shop A', line: 2 });
    expect(body.priceList).toMatchObject({ rows: 2, matched: 1, unmatched: [{ line: 3, phone: 'ZZ-NOPE1' }] });
    expect(res.headers.etag).toBeUndefined();
  });

  it('a bad price list is 400 naming the line; a missing one is 400 naming the field', async () => {
    const bad = await post({ country: 'DE', prices: 'model,price,currency\nSM-S928B,cheap,EUR\n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'E_BAD_INPUT', message: expect.stringContaining('prices line 2: price "cheap"') });
    const missing = await post({ country: 'DE' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('prices');
  });

  it('GET filters by since and esim, and the OpenAPI document has both and the POST body', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/v1/phones?country=US&since=2023&esim=true' })).json();
    expect(body.phones.length).toBeGreaterThan(0);
    for (const p of body.phones) expect(p).toMatchObject({ esim: true, announced: expect.stringMatching(/^202[3-9]/) });
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const params = spec.paths['/api/v1/phones'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['since', 'esim']));
    expect(spec.paths['/api/v1/phones'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('prices');
  });
});
