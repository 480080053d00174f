import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandlessPhone } from '../fixtures/devices.js';
import { runCli } from './run-cli.js';

/**
 * A catalog phone whose band list no source gives (docs/data-devices.md, "Phones whose band list
 * is not known"): every surface says "unknown" once, with the way to a verdict, never "none".
 */
describe('a phone with no known band list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-bandless-'));
  const env = { BANDFIT_DB: join(dir, 'store.db') };
  const cli = (argv: string[]) => runCli(argv, env);

  beforeAll(async () => {
    writeFileSync(join(dir, 'bandless.json'), JSON.stringify([bandlessPhone]));
    const imported = await cli(['import', 'devices', join(dir, 'bandless.json')]);
    expect(imported.code, imported.err).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('check says there is no verdict and how to get one, without a table of unknowns', async () => {
    const text = await cli(['check', 'Fixture Bandless', '--country', 'US']);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain('Phone bands: unknown');
    expect(text.out).toMatch(/No verdict: without its bands, whether it works on .*T-Mobile.* cannot be said/);
    expect(text.out).toContain('--bands "LTE 1, 3, 7, 20, 28; 5G n78" --country US');
    expect(text.out).not.toMatch(/NONE|LIMITED|┌/);
    const json = JSON.parse((await cli(['check', 'FXB-1C', '--country', 'US', '--json'])).out);
    expect(json.device.variant.label).toBe('China');
    expect(json.bands).toEqual([]);
    for (const r of json.results) {
      expect(r.verdict).toBe('unknown');
      expect(r.reasons.map((x: any) => x.code)).toEqual(['UNKNOWN_PHONE_BANDS']);
    }
  });

  it('where gives its markets and says it works unknown everywhere', async () => {
    const text = await cli(['where', 'Fixture Bandless']);
    expect(text.out).toContain('Sold officially in 1 country: from 2025-03-01 in Germany');
    expect(text.out).toContain('Works: unknown everywhere');
    expect(text.out).not.toContain('Works fully in');
    const json = JSON.parse((await cli(['where', 'Fixture Bandless', '--json'])).out);
    expect(json.device.variants.map((v: any) => v.bandsKnown)).toEqual([false, false]);
    expect(json.summary.none).toBe(0);
    expect(json.summary.unknown).toBe(json.countries.length);
  });

  it('devices shows its bands as unknown, and phones leaves it out, counted apart', async () => {
    expect((await cli(['devices', 'FXB-1G'])).out).toMatch(/Fixture Bandless.*│ unknown/);
    const phones = await cli(['phones', '--country', 'US', '--carrier', 'T-Mobile', '--json']);
    const report = JSON.parse(phones.out);
    expect(report.phones.map((p: any) => p.deviceId)).not.toContain('fx-bandless');
    expect(report.excluded.unknownBands).toBeGreaterThanOrEqual(1);
    expect((await cli(['phones', '--country', 'US', '--carrier', 'T-Mobile'])).out).toMatch(/\d+ with no known band list[,.]/);
  });
});

/** Xiaomi 14: the China variant's bands are sourced, the Global variant's are not (data/devices/xiaomi.json). */
describe('a phone with one variant of unknown bands', () => {
  it('where says which variant is unknown and judges with the others; check of that variant gives no verdict', async () => {
    const where = await runCli(['where', 'Xiaomi 14']);
    expect(where.out).toMatch(/Band list unknown for: Global 23127PN0CG; the verdicts below rest on the other variants\./);
    expect(where.out).toContain('Works fully in');
    const check = await runCli(['check', '23127PN0CG', '--country', 'DE']);
    expect(check.out).toContain('Phone bands: unknown (no band list for this variant');
    expect(check.out).toContain('Other variants: China');
  });
});
