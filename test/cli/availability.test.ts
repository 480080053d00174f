import { describe, expect, it } from 'vitest';
import { formatMarkets } from '../../src/cli/commands/where.js';
import { runCli, runJson } from './run-cli.js';

describe('bandfit where', () => {
  it('names China as the Mi 6 launch market: full in China and India, limited or none in the US', async () => {
    const report = await runJson(['where', 'Xiaomi Mi 6']);
    expect(report.launchMarkets.map((m: any) => m.country)).toEqual(['CN']);
    const fit = Object.fromEntries(report.countries.map((c: any) => [c.country, c]));
    expect(fit.CN.level).toBe('full');
    expect(fit.CN.sold).toBe(true);
    expect(fit.IN.level).toBe('full');
    expect(['limited', 'none']).toContain(fit.US.level);
    expect(report.countries[0].country).toBe('CN');
    const total = Object.values(report.summary as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.countries.length);
    expect(report.countries.length).toBeGreaterThan(170);
  });

  it('says where it is sold officially, grouped by first-sale date, and when that is unknown', async () => {
    const text = await runCli(['where', 'Xiaomi Mi 6']);
    expect(text.out).toContain('Sold officially in 1 country: from 2017-04-28 in China');
    const many = Array.from({ length: 14 }, (_, i) => ({ country: `C${i}`, name: `Country ${i}`, ...(i < 13 ? { date: '2018-10-26' } : {}) }));
    expect(formatMarkets(many)).toBe(
      `Sold officially in 14 countries: from 2018-10-26 in ${many.slice(0, 12).map((m) => m.name).join(', ')} and 1 more; date unknown in Country 13`,
    );
    expect(formatMarkets([])).toBe('Sold officially: unknown (no launch market is recorded)');
  });
});

describe('bandfit phones', () => {
  it('lists only phones that work on T-Mobile under the price cap, each with its price source', async () => {
    const report = await runJson(['phones', '--country', 'US', '--carrier', 'T-Mobile', '--max-price', '400', '--currency', 'USD']);
    expect(report.carriers.map((c: any) => c.name)).toEqual(['T-Mobile']);
    for (const phone of report.phones) {
      expect(['full', 'partial']).toContain(phone.verdict.level);
      expect(phone.price.amount).toBeLessThanOrEqual(400);
      expect(phone.price.from).toMatchObject({ currency: expect.any(String), market: expect.any(String), source: expect.any(Object) });
    }
    expect(report.phones.map((p: any) => p.deviceId)).not.toContain('xiaomi-mi-6');
    const values = report.phones.filter((p: any) => p.value !== undefined).map((p: any) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('rejects a bad price, sort or verdict with exit code 2', async () => {
    expect((await runCli(['phones', '--country', 'US', '--max-price', 'cheap'])).code).toBe(2);
    expect((await runCli(['phones', '--country', 'US', '--sort', 'colour'])).code).toBe(2);
    expect((await runCli(['phones', '--country', 'US', '--currency', 'XYZ'])).code).toBe(2);
  });
});

describe('bandfit trip and compare', () => {
  it('compares phones across a trip and names the best one', async () => {
    const trip = await runJson(['trip', 'Xiaomi Mi 6', 'iPhone 15', '--countries', 'US,DE,JP']);
    expect(trip.countries).toEqual(['US', 'DE', 'JP']);
    expect(trip.phones).toHaveLength(2);
    expect(trip.best).toBe('apple-iphone-15');
    const mi6 = trip.phones.find((p: any) => p.deviceId === 'xiaomi-mi-6');
    expect(mi6.stops.map((s: any) => s.country)).toEqual(['US', 'DE', 'JP']);
  });

  it('shows specs, prices and verdicts side by side', async () => {
    const r = await runCli(['compare', 'Xiaomi Mi 6', 'iPhone 15', '--country', 'US']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2499 CNY \(CN, 6\/64 GB\)/);
    expect(r.out).toMatch(/Verdict in US/);
  });

  it('marks the countries whose verdict rests only on derived data (issue 12: French Guiana and Guadeloupe through FLOW)', async () => {
    const text = await runCli(['where', 'iPhone 15', '--country', 'GF,GP,DE']);
    expect(text.out).toContain('In 2 of these 3 countries the verdict rests only on derived data');
    const row = (code: string) => text.out.split('\n').find((line) => line.includes(`(${code})`)) ?? '';
    expect(row('GF')).toContain('derived');
    expect(row('DE')).toContain('curated');
  });

  it('refuses a --limit that is not a whole number, where it listed every country', async () => {
    for (const limit of ['abc', '-3', '2.5', '']) {
      const r = await runCli(['where', 'Xiaomi Mi 6', '--limit', limit]);
      expect(r.code, limit).toBe(2);
      expect(r.err).toContain(`--limit must be a whole number of countries to list, 0 for all, got "${limit}"`);
    }
    const five = await runCli(['where', 'Xiaomi Mi 6', '--limit', '5']);
    expect(five.code).toBe(0);
  });
});
