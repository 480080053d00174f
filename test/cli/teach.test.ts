import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/context.js';
import { validateDevice } from '../../src/catalog/validate-device.js';
import { dialectCases } from '../../src/store/test-support/store-fixtures.js';

const PAGES = join(import.meta.dirname, '../fixtures/spec-pages');
const tmp = mkdtempSync(join(tmpdir(), 'bandfit-teach-'));
const { cases, skipped } = dialectCases();
if (skipped) console.warn(skipped);

/** Each variant as the page's lines give it: 2G/3G bands in MHz, 4G/5G band numbers. */
interface PageVariant {
  label: string;
  gsm: number[];
  umts: string[];
  cdma?: string[];
  lte: number[];
  nr: number[];
}
const IPHONE_2G3G = { gsm: [850, 900, 1800, 1900], cdma: ['BC0', 'BC1'], umts: ['U1', 'U2', 'U4', 'U5', 'U8'] };
// The lines of each page (test/fixtures/spec-pages/README.md says where each comes from).
const EXPECTED: Record<string, { name: string; variants: PageVariant[]; unread?: string[] }> = {
  'apple-iphone-16-pro.html': {
    name: 'Apple iPhone 16 Pro',
    variants: [
      { label: 'A3293', ...IPHONE_2G3G, lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 30, 32, 34, 38, 39, 40, 41, 42, 48, 53, 66], nr: [1, 2, 3, 5, 7, 8, 12, 20, 25, 26, 28, 30, 38, 40, 41, 48, 53, 66, 70, 75, 76, 77, 78, 79] },
      { label: 'A3083', ...IPHONE_2G3G, lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 17, 18, 19, 20, 25, 26, 28, 29, 30, 32, 34, 38, 39, 40, 41, 42, 48, 53, 66, 71], nr: [1, 2, 3, 5, 7, 8, 12, 14, 20, 25, 26, 28, 29, 30, 38, 40, 41, 48, 53, 66, 70, 71, 75, 76, 77, 78, 79, 258, 260, 261] },
      { label: 'A3292', ...IPHONE_2G3G, lte: [1, 2, 3, 4, 5, 7, 8, 11, 12, 13, 14, 17, 18, 19, 20, 21, 25, 26, 28, 29, 30, 32, 34, 38, 39, 40, 41, 42, 48, 53, 66, 71], nr: [1, 2, 3, 5, 7, 8, 12, 14, 20, 25, 26, 28, 29, 30, 38, 40, 41, 48, 53, 66, 70, 71, 75, 76, 77, 78, 79] },
      { label: 'A3294', ...IPHONE_2G3G, lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 30, 32, 34, 38, 39, 40, 41, 42, 48, 66], nr: [1, 2, 3, 5, 7, 8, 12, 20, 25, 26, 28, 30, 38, 40, 41, 48, 66, 70, 75, 76, 77, 78, 79] },
    ],
  },
  'samsung-galaxy-s23.html': {
    name: 'Samsung Galaxy S23',
    variants: [{ label: 'International', gsm: [850, 900, 1800, 1900], umts: ['U1', 'U2', 'U4', 'U5', 'U8'], lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 32, 38, 39, 40, 41, 66], nr: [1, 2, 3, 5, 7, 8, 12, 20, 25, 28, 38, 40, 41, 66, 75, 77, 78] }],
  },
  // HSDPA 800 is read as UMTS band VI (docs/device-band-text.md). The page's 5G row also names
  // 4, 17 and 19, which are no NR bands (3GPP TS 38.101-1 table 5.2-1): reported as not read.
  'google-pixel-7.html': {
    name: 'Google Pixel 7',
    variants: [{ label: 'GQML3', gsm: [850, 900, 1800, 1900], umts: ['U1', 'U2', 'U4', 'U5', 'U6', 'U8'], lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 17, 18, 19, 20, 25, 26, 28, 29, 30, 38, 40, 41, 42, 46, 48, 66, 71], nr: [1, 2, 3, 5, 7, 8, 12, 13, 14, 18, 20, 25, 26, 28, 29, 30, 38, 40, 41, 46, 48, 66, 71, 260, 261] }],
    unread: ['4', '17', '19'],
  },
  'xiaomi-13.txt': {
    name: 'Xiaomi 13',
    variants: [{ label: 'International', gsm: [850, 900, 1800, 1900], umts: ['U1', 'U2', 'U4', 'U5', 'U6', 'U8'], lte: [1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 32, 38, 39, 40, 41, 42, 48, 66], nr: [1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 66, 71, 75, 77, 78] }],
  },
};

const sorted = (list: string[] = []) => [...list].sort();

async function cli(env: Record<string, string>, argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), isTTY: false };
  const code = await run(argv, io, env);
  return { code, out, err, json: () => JSON.parse(out) };
}

describe.each(cases)('devices add / remove / export on $name', (dialect) => {
  const envOf = async (): Promise<Record<string, string>> => {
    const where = await dialect.fresh();
    return where.url ? { BANDFIT_DATABASE_URL: where.url } : { BANDFIT_DB: where.file! };
  };

  it('reads every variant of four saved spec pages band by band, as the pages give them', async () => {
    const env = await envOf();
    for (const [file, page] of Object.entries(EXPECTED)) {
      const name = file.endsWith('.txt') ? [page.name] : [];
      const r = await cli(env, ['devices', 'add', ...name, '--from', join(PAGES, file), '--json']);
      expect(r.code, r.err).toBe(0);
      const { read, device, stored } = r.json();
      expect(stored).toBe(true);
      expect(read.name).toBe(page.name);
      expect(read.variants).toHaveLength(page.variants.length);
      for (const want of page.variants) {
        const got = read.variants.find((v: { label: string; models: string[] }) => v.label === want.label || v.models.includes(want.label));
        expect(got, `${file} ${want.label}`).toBeDefined();
        expect(sorted(got.bands.GSM)).toEqual(sorted(want.gsm.map((mhz) => `GSM${mhz}`)));
        expect(sorted(got.bands.UMTS)).toEqual(sorted(want.umts));
        expect(sorted(got.bands.CDMA)).toEqual(sorted(want.cdma));
        expect(sorted(got.bands.LTE)).toEqual(sorted(want.lte.map((n) => `B${n}`)));
        expect(sorted(got.bands.NR)).toEqual(sorted(want.nr.map((n) => `n${n}`)));
      }
      expect(read.unread.map((u: { text: string }) => u.text)).toEqual(page.unread ?? []);
      expect(device.sources.at(-1)).toMatchObject({ title: `Taught by a user: ${file}` });
    }
    // The A3083 line is the catalog's USA variant: a US T-Mobile check of that model uses it.
    const check = await cli(env, ['check', 'A3083', '--country', 'US', '--carrier', 'T-Mobile', '--json']);
    expect(check.code, check.err).toBe(0);
    expect(check.json().device.variant).toMatchObject({ id: 'apple-iphone-16-pro-us' });
    expect(check.json().bands).toEqual(expect.arrayContaining(['B71', 'n71', 'n258']));
  });

  it('teaches a new phone variant by variant; every question then answers for it by name and model', async () => {
    const env = await envOf();
    const global = await cli(env, ['devices', 'add', 'Fixture Teachphone T1', '--bands', 'GSM 900 / 1800; HSDPA 2100; LTE 1, 3, 7, 20, 28', '--variant', 'Global', '--model', 'FXT1-G', '--source', 'https://example.org/t1']);
    expect(global.code, global.err).toBe(0);
    expect(global.out).toContain('4G LTE   B1 B3 B7 B20 B28 (5)');
    const usa = await cli(env, ['devices', 'add', 'Fixture Teachphone T1', '--bands', 'LTE 2, 4, 5, 12, 66, 71; 5G n71, n41', '--variant', 'USA', '--model', 'FXT1-U']);
    expect(usa.code, usa.err).toBe(0);
    const check = await cli(env, ['check', 'FXT1-U', '--country', 'US', '--carrier', 'T-Mobile', '--json']);
    expect(check.json().device).toMatchObject({ id: 'fixture-teachphone-t1', variant: { label: 'USA' } });
    expect(check.json().results[0].level).not.toBe('unknown');
    const where = await cli(env, ['where', 'Fixture Teachphone T1', '--json']);
    expect(where.code, where.err).toBe(0);
    expect(where.json().device.variants.map((v: { label: string }) => v.label)).toEqual(['Global', 'USA']);
    const trip = await cli(env, ['trip', 'Fixture Teachphone T1', '--variant', 'FXT1-G', '--countries', 'DE,FR', '--json']);
    expect(trip.json().phones[0]).toMatchObject({ deviceId: 'fixture-teachphone-t1', variantLabel: 'Global' });
    const compare = await cli(env, ['compare', 'Fixture Teachphone T1', 'Xiaomi Mi 6', '--json']);
    expect(compare.code, compare.err).toBe(0);
    expect(compare.json().devices[0].variants).toHaveLength(2);
    const exported = await cli(env, ['export', 'devices', '--origin', 'user']);
    const records = JSON.parse(exported.out);
    expect(records.map((d: { id: string }) => d.id)).toEqual(['fixture-teachphone-t1']);
    expect(() => validateDevice(records[0], 'export')).not.toThrow();
    expect(records[0].sources[0]).toMatchObject({ url: 'https://example.org/t1' });
    const removed = await cli(env, ['devices', 'remove', 'Fixture Teachphone T1']);
    expect(removed.out).toContain('Removed Fixture Teachphone T1 (fixture-teachphone-t1).');
    expect((await cli(env, ['check', 'FXT1-U', '--country', 'US'])).code).toBe(3);
  });

  it('refuses a page without a band table and a catalog phone to remove, storing and deleting nothing', async () => {
    const env = await envOf();
    const page = join(tmp, 'no-bands.html');
    writeFileSync(page, '<h1 data-spec="modelname">Fixture Nothing</h1><td data-spec="year">2025</td>');
    const none = await cli(env, ['devices', 'add', '--from', page]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('has no band table');
    expect(JSON.parse((await cli(env, ['export', 'devices', '--origin', 'user'])).out)).toEqual([]);
    const catalog = await cli(env, ['devices', 'remove', 'Xiaomi Mi 6']);
    expect(catalog.code).toBe(2);
    expect(catalog.err).toContain('is a catalog phone, not one you taught');
    expect((await cli(env, ['check', 'Xiaomi Mi 6', '--country', 'CN'])).code).toBe(0);
  });

  it('a taught catalog phone comes back as the catalog has it once removed', async () => {
    const env = await envOf();
    expect((await cli(env, ['devices', 'add', '--from', join(PAGES, 'samsung-galaxy-s23.html')])).code).toBe(0);
    const taught = (await cli(env, ['compare', 'Samsung Galaxy S23', '--json'])).json().devices[0];
    expect(taught.variants.map((v: { id: string }) => v.id)).toEqual(['samsung-galaxy-s23-intl', 'samsung-galaxy-s23-kr']);
    const removed = await cli(env, ['devices', 'remove', 'samsung-galaxy-s23', '--json']);
    expect(removed.json()).toEqual({ id: 'samsung-galaxy-s23', name: 'Samsung Galaxy S23', restored: true });
    const back = await cli(env, ['export', 'devices', '--origin', 'starter']);
    expect(JSON.parse(back.out).some((d: { id: string }) => d.id === 'samsung-galaxy-s23')).toBe(true);
    expect(readFileSync(join(PAGES, 'samsung-galaxy-s23.html'), 'utf8')).toContain('data-spec="net4g"');
  });
});
