import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../src/bands/band-set.js';
import { checkCompatibility } from '../src/engine/check-compatibility.js';
import { WEIGHTS } from '../src/engine/verdict-kernel.js';
import { inProcessApp } from '../src/server/test-support/in-process-app.js';
import { fixtureCarrier } from './fixtures/carriers.js';
import { runJson } from './cli/run-cli.js';

/**
 * Contracts a mutation of the code would otherwise break unnoticed: the score weights, the
 * variant chosen for a country, the 409 for an ambiguous name, the price sort and carrier
 * overlays taking effect. Each asserts exact values, so changing a constant fails it.
 */
const lte = (coverage: string[], capacity: string[]) => [
  ...coverage.map((band) => ({ band, layer: 'coverage' as const })),
  ...capacity.map((band) => ({ band, layer: 'capacity' as const })),
];
// Shaped like a European LTE network: B20 coverage, B3/B7 capacity, B32 downlink-only; GSM off.
const euLike = fixtureCarrier({ id: 'xx-eu', name: 'Eurotel', country: 'XX', lte: [...lte(['B20'], ['B3', 'B7']), { band: 'B32', layer: 'capacity' }], volteRequired: true });
const euWith5g = fixtureCarrier({ ...euLike, id: 'xx-eu5', nr: lte([], ['n78']) });
const score = (bands: string[], carrier = euLike, volte: boolean | undefined = true) =>
  checkCompatibility({ bands: bandSetOf(bands), ...(volte === undefined ? {} : { volte }) }, carrier).score;

describe('score weights (docs/verdicts.md, "Score")', () => {
  it('weighs coverage 3, capacity 1, supplemental 0.25', () => {
    expect(WEIGHTS).toEqual({ coverage: 3, capacity: 1, supplemental: 0.25 });
  });

  it('gives the exact documented figures', () => {
    // total weight 3 + 1 + 1 + 0.25 = 5.25; no 5G: 0.1 + 0.9 × share
    expect(score(['B20', 'B3', 'B7', 'B32'])).toBe(1);
    expect(score(['B20', 'B3', 'B7'])).toBe(Math.round((0.1 + 0.9 * (5 / 5.25)) * 100) / 100); // 0.96
    expect(score(['B20', 'B3'])).toBe(Math.round((0.1 + 0.9 * (4 / 5.25)) * 100) / 100); // 0.79
    expect(score(['B3', 'B7'])).toBe(Math.round((0.1 + 0.9 * (2 / 5.25)) * 100) / 100); // 0.44
    // with 5G: 0.1 + 0.7 × share(4G) + 0.2 × share(5G)
    expect(score(['B20', 'B3', 'B7', 'B32', 'n78'], euWith5g)).toBe(1);
    expect(score(['B20', 'B3', 'B7', 'B32'], euWith5g)).toBe(0.8);
    // halved when calls are none (the phone's record says no VoLTE and no 2G/3G is left)
    expect(score(['B20', 'B3', 'B7', 'B32'], euLike, false)).toBe(0.5);
    expect(score([], euLike)).toBeNull();
  });
});

describe('the variant chosen for a country (choose-variant.ts)', () => {
  const variantIn = async (country: string, extra: string[] = []) =>
    (await runJson(['check', 'iPhone 15', '--country', country, ...extra])).device.variant;

  it('takes the variant sold in the country, else the first, unless one is named', async () => {
    expect(await variantIn('US')).toMatchObject({ label: 'USA', models: ['A2846'] });
    expect(await variantIn('JP')).toMatchObject({ models: ['A3089'] });
    expect(await variantIn('CN')).toMatchObject({ label: 'China' });
    expect(await variantIn('DE')).toMatchObject({ label: 'International', models: ['A3090'] });
    expect(await variantIn('US', ['--variant', 'A3090'])).toMatchObject({ label: 'International' });
  });
});

const { app, env, get } = inProcessApp({ BANDFIT_ADMIN_TOKEN: 'contract-token' });

describe('HTTP contracts', () => {
  it('answers 409 E_AMBIGUOUS_DEVICE with the candidates for a name that fits several phones', async () => {
    const res = await get('/api/v1/check?device=iPhone%2015%20P&country=US');
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('E_AMBIGUOUS_DEVICE');
    const ids = (error.candidates as { id: string }[]).map((c) => c.id).sort();
    expect(ids).toEqual(['apple-iphone-15-plus', 'apple-iphone-15-pro', 'apple-iphone-15-pro-max']);
    expect((await get('/api/v1/check?device=apple-iphone-15-pro&country=US')).statusCode).toBe(200);
  });

  it('sorts phones by price from cheapest, with unknown prices after every priced one', async () => {
    const body = (await get('/api/v1/phones?country=DE&sort=price&currency=EUR&minVerdict=limited&limit=50')).json();
    const amounts = body.phones.map((p: { price?: { amount: number } }) => p.price?.amount ?? Infinity);
    expect(amounts.filter((a: number) => a !== Infinity).length).toBeGreaterThan(5);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    const newest = (await get('/api/v1/phones?country=DE&sort=newest&minVerdict=limited&limit=50')).json();
    const dates = newest.phones.map((p: { announced?: string }) => p.announced ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lets an imported carrier overlay change the verdict at once', async () => {
    const before = (await get('/api/v1/check?device=Xiaomi%20Mi%206&country=US&carrier=verizon')).json().results[0];
    expect(before.level).not.toBe('full');
    const overlay = { id: 'us-verizon', country: 'US', lte: [{ band: 'B7', layer: 'coverage' }], nr: [], sources: [{ title: 'contract test overlay' }] };
    const res = await app.inject({
      method: 'POST', url: '/api/v1/import/carriers', payload: [overlay],
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env.BANDFIT_ADMIN_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const after = (await get('/api/v1/check?device=Xiaomi%20Mi%206&country=US&carrier=verizon')).json().results[0];
    expect(after.level).toBe('full');
    expect(after.technologies[0].bands).toEqual([{ band: 'B7', role: 'coverage', supported: true }]);
    expect(after.carrier.sources.map((s: { title: string }) => s.title)).toContain('contract test overlay');
  });
});
