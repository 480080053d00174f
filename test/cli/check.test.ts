import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

// Xiaomi Mi 6 band list as its spec sheets print it (GSMArena / XiaomiWiki wiki/Specs/Mi_6.md).
const MI6_TEXT = 'GSM 850 / 900 / 1800 / 1900\nHSDPA 850 / 900 / 1900 / 2100\nLTE 1, 3, 5, 7, 8, 38, 39, 40, 41';
const verdicts = (report: any) => Object.fromEntries(report.results.map((r: any) => [r.carrier.name, r]));

describe('bandfit check', () => {
  it('judges a pasted Mi 6 band list limited or none on the big three US carriers, naming the missing coverage bands', async () => {
    const report = await runJson(['check', '--bands', MI6_TEXT, '--country', 'US']);
    const v = verdicts(report);
    // AT&T lists its lower 700 layer as B17 and B12 (B12 contains B17): one block, named B17 (docs/verdicts.md).
    const expected: Record<string, string[]> = { 'T-Mobile': ['B71', 'B12'], 'AT&T': ['B17', 'B14'], Verizon: ['B13'] };
    for (const [carrier, bands] of Object.entries(expected)) {
      expect(['limited', 'none'], carrier).toContain(v[carrier].verdict);
      const missing = v[carrier].reasons.filter((r: any) => r.code === 'MISSING_COVERAGE_BAND').flatMap((r: any) => r.bands);
      expect(missing, carrier).toEqual(expect.arrayContaining(bands));
    }
  });

  it('judges the same list full on Reliance Jio', async () => {
    const report = await runJson(['check', '--bands', MI6_TEXT, '--country', 'IN', '--carrier', 'Jio']);
    expect(report.results).toHaveLength(1);
    expect(report.results[0].verdict).toBe('full');
    expect(report.results[0].carrier.mccmnc.length).toBeGreaterThan(0);
    expect(report.results[0].reasons.map((r: any) => r.code)).toContain('VOLTE_NEEDED');
  });

  it('answers the documented JSON shape', async () => {
    const report = await runJson(['check', 'Xiaomi Mi 6', '--country', 'US', '--carrier', 'T-Mobile']);
    expect(report).toMatchObject({ country: 'US', device: { id: 'xiaomi-mi-6', variant: { models: ['MCE16'] } } });
    const r = report.results[0];
    expect(r.carrier).toMatchObject({ name: 'T-Mobile', origin: 'curated' });
    expect(r.carrier.mccmnc).toContain('310-260');
    expect(typeof r.score).toBe('number');
    expect(r.technologies[0]).toMatchObject({ tech: 'LTE', role: 'data' });
    for (const reason of r.reasons) {
      expect(reason).toMatchObject({ code: expect.any(String), message: expect.any(String), bands: expect.any(Array) });
      expect(Object.keys(reason).filter((k) => !['code', 'message', 'bands', 'date'].includes(k))).toEqual([]);
    }
    expect(report.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.dataAge).toMatchObject({ checked: expect.any(String), stale: expect.any(Boolean) });
  });

  it('gives none to a 2G/3G-only phone on AT&T and docomo, limited on Telekom whose GSM still runs', async () => {
    const legacy = 'GSM 850 / 900 / 1800 / 1900\nHSDPA 850 / 900 / 1900 / 2100';
    const att = await runJson(['check', '--bands', legacy, '--country', 'US', '--carrier', 'AT&T']);
    const docomo = await runJson(['check', '--bands', legacy, '--country', 'JP', '--carrier', 'docomo']);
    const telekom = await runJson(['check', '--bands', legacy, '--country', 'DE', '--carrier', 'Telekom']);
    expect(att.results[0].verdict).toBe('none');
    expect(docomo.results[0].verdict).toBe('none');
    expect(telekom.results[0].verdict).toBe('limited');
    expect(telekom.results[0].voice).toBe('circuit-switched');
  });

  it('prints a table with the verdict first and the reasons under it, with sources on request', async () => {
    const r = await runCli(['check', 'MCE16', '--country', 'US', '--carrier', 'T-Mobile', '--sources']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/T-Mobile\s+│ LIMITED/);
    expect(r.out).toMatch(/no B71 \(600\): T-Mobile's coverage band/);
    expect(r.out).toMatch(/source: Band Atlas/);
    expect(r.out).not.toMatch(/\u001b\[/);
  });

  it('exits 2 for bad usage and unreadable band text, 3 for unknown names with suggestions', async () => {
    expect((await runCli(['check', 'Xiaomi Mi 6'])).code).toBe(2);
    const bad = await runCli(['check', '--bands', 'hello world', '--country', 'US']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/band/i);
    const country = await runCli(['check', 'Xiaomi Mi 6', '--country', 'Germny']);
    expect(country.code).toBe(3);
    expect(country.err).toMatch(/did you mean: .*DE/);
    const carrier = await runCli(['check', 'Xiaomi Mi 6', '--country', 'DE', '--carrier', 'Telecom Italia']);
    expect(carrier.code).toBe(3);
    expect(carrier.err).toMatch(/did you mean: .*Telekom/);
    const device = await runCli(['check', 'Nokia Unicorn 9000', '--country', 'DE']);
    expect(device.code).toBe(3);
    expect(device.err).not.toMatch(/\n\s+at /);
    // A phone the catalog lacks: the hint's own example works as written.
    expect(device.err).toContain('not in the catalog? check its band list instead');
    const example = /--bands "([^"]+)"/.exec(device.err)?.[1];
    expect(example).toBeDefined();
    const pasted = await runCli(['check', '--bands', example!, '--country', 'DE']);
    expect(pasted.code, pasted.err).toBe(0);
    expect(pasted.out).toMatch(/B20/);
  });
});
