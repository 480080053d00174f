import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { run } from '../../src/cli/main.js';
import { importDevices } from '../../src/import/import-devices.js';
import { buildApp } from '../../src/server/app.js';
import { exportStore } from '../../src/store/export-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { HOSTILE_NAMES, hostileDevice } from './support/hostile-names.js';

/**
 * SQL, HTML and shell text in device and carrier names goes through import → store → export,
 * the API's JSON and the CLI unchanged, and is never executed: the tables survive, no file
 * appears, the JSON is the same string.
 */
const dir = mkdtempSync(join(tmpdir(), 'bandfit-injection-'));
const db = join(dir, 'store.db');
const TOKEN = 'injection token';
const devices = HOSTILE_NAMES.map((name, i) => hostileDevice(name, i));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), isTTY: false };
  const code = await run(argv, io, { BANDFIT_DB: db });
  return { code, out, err };
}

describe('hostile names through import, store and export', () => {
  it('a bandfit JSON file imports them and the export gives them back byte for byte', async () => {
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(devices));
    const store = await openStore({ file: db, env: {} });
    try {
      const before = await store.countDevices();
      const report = await importDevices(store, file);
      expect(report.imported).toBe(devices.length);
      expect(await store.countDevices()).toBe(before + devices.length);
      const exported = (await exportStore(store)).filter((d) => d.id.startsWith('fixture-hostile-'));
      expect(exported).toEqual(devices);
      for (const d of devices) expect(await store.getDevice(d.id)).toEqual(d);
    } finally {
      await store.close();
    }
  });

  it('a GSMArena CSV row named with them keeps the name as text', async () => {
    const header = TIDY_HEADER;
    const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const rows = HOSTILE_NAMES.map((name) => [cell(`Fixture ${name} CSV`), 'Fixture', 'GSM / LTE', 'GSM 900 / 1800', '', cell('1, 3, 20'), '', 'Yes', 'Yes', '', '2020', ...Array(18).fill('')].join(','));
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
    const store = await openStore({ file: db, env: {} });
    try {
      const report = await importDevices(store, file, { today: '2026-01-01' });
      expect(report.imported, JSON.stringify(report.rejected)).toBe(HOSTILE_NAMES.length);
      const names = (await store.listDevices({ brand: 'Fixture' })).map((d) => d.name);
      for (const name of HOSTILE_NAMES) expect(names).toContain(`${name} CSV`);
    } finally {
      await store.close();
    }
  });
});

describe('hostile names through the API', () => {
  let store: Promise<Store> | undefined;
  const open = () => (store ??= openStore({ file: db, env: {} }));
  const app = buildApp({ openStore: open, env: { BANDFIT_ADMIN_TOKEN: TOKEN } });
  afterAll(async () => {
    await app.close();
    if (store) await (await store).close();
  });

  it('search, check and where answer the names as the same JSON strings', async () => {
    for (const device of devices) {
      const found = await app.inject(`/api/v1/devices?q=${encodeURIComponent(device.name)}`);
      expect(found.statusCode).toBe(200);
      expect(found.json().devices[0]).toMatchObject({ id: device.id, name: device.name });
      // JSON, never HTML: the browser must not sniff it into a page.
      expect(found.headers['content-type']).toMatch(/^application\/json/);
      expect(found.headers['x-content-type-options']).toBe('nosniff');
      const check = await app.inject(`/api/v1/check?device=${encodeURIComponent(device.id)}&country=DE`);
      expect(check.statusCode, check.body).toBe(200);
      expect(check.json().device).toMatchObject({ id: device.id, name: device.name });
    }
  });

  it('an unknown hostile name is a 404 whose message quotes it only inside JSON', async () => {
    const res = await app.inject(`/api/v1/where?device=${encodeURIComponent('<script>alert(1)</script> Zz')}`);
    expect([404, 409]).toContain(res.statusCode);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('a carrier overlay named with them is stored and listed unchanged', async () => {
    for (const name of HOSTILE_NAMES) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/import/carriers',
        payload: [{ id: 'us-verizon', country: 'US', name, sources: [{ title: `overlay ${name}` }] }],
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.statusCode, res.body).toBe(200);
      const carriers = (await app.inject('/api/v1/carriers?country=US')).json().carriers as { id: string; name: string }[];
      expect(carriers.find((c) => c.id === 'us-verizon')?.name).toBe(name);
      const check = (await app.inject(`/api/v1/check?device=${devices[0]!.id}&country=US&carrier=us-verizon`)).json();
      expect(check.results[0].carrier.name).toBe(name);
    }
  });
});

describe('hostile names through the CLI', () => {
  it('devices --json, check --json and export print them unchanged; nothing is run', async () => {
    for (const device of devices) {
      const search = await cli(['devices', device.name, '--json']);
      expect(search.code, search.err).toBe(0);
      expect(JSON.stringify(JSON.parse(search.out))).toContain(JSON.stringify(device.name));
      const check = await cli(['check', device.id, '--country', 'DE', '--json']);
      expect(check.code, check.err).toBe(0);
      expect(JSON.parse(check.out).device.name).toBe(device.name);
      const text = await cli(['check', device.id, '--country', 'DE']);
      expect(text.code, text.err).toBe(0);
      expect(text.out).toContain(device.name);
    }
    const out = join(dir, 'export.json');
    expect((await cli(['export', '--out', out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { id: string }[];
    expect(exported.filter((d) => d.id.startsWith('fixture-hostile-'))).toEqual(devices);
    // The tables are still there and the shell text was never run.
    const store = await openStore({ file: db, env: {} });
    expect(await store.countDevices()).toBeGreaterThan(devices.length);
    await store.close();
    expect(existsSync('/tmp/bandfit-pwned')).toBe(false);
  });

  it('a hostile name as an argument is a clean one-line error, not a crash', async () => {
    for (const name of HOSTILE_NAMES) {
      const res = await cli(['where', `${name} Zz`]);
      expect(res.code).not.toBe(1);
      expect(res.err).not.toMatch(/unexpected error|at \S+ \(/);
    }
  });
});

/** The 29 columns of the GSMArena tidy dump (data_tidy_2.csv), in its order. */
const TIDY_HEADER = [
  'Name', 'Brand', 'NETWORK_Technology', 'NETWORK_2G_bands', 'NETWORK_3G_bands', 'NETWORK_4G_bands', 'NETWORK_5G_bands',
  'NETWORK_GPRS', 'NETWORK_EDGE', 'NETWORK_Speed', 'LAUNCH_Announced', 'BODY_Weight', 'BODY_Length', 'BODY_Width',
  'BODY_Thickness', 'FEATURES_Sensors', 'MISC_Price_Euro', 'DISPLAY_Type', 'DISPLAY_Size', 'DISPLAY_Resolution_Width',
  'DISPLAY_Resolution_Height', 'PLATFORM_OS', 'MEMORY_Card_slot', 'MEMORY_Internal_rom', 'MEMORY_Internal_ram',
  'BATTERY_Type', 'BATTERY_Capacity', 'MAIN_CAM_1_Module', 'MAIN_CAM_1_Video',
].join(',');
