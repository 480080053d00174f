import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { inProcessApp } from './test-support/in-process-app.js';

/** Every question and catalog route in-process; caching and compression are in app.transport.test.ts. */
const { env, get } = inProcessApp();

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
