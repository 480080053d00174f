import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { exportStore } from '../store/export-store.js';
import { emptyStores } from '../store/test-support/store-fixtures.js';
import { importDevices } from './import-devices.js';
import { hasSharedData } from '../../test/support/shared-data.js';

const DATA = join(import.meta.dirname, '../../../shared/data');
const TIDY = join(DATA, 'gsmarena-1997808-2023/data_tidy_2.csv');
const FOYKES_XIAOMI = join(DATA, 'gsmarena-foykes-2021/brands/Xiaomi.csv');
const TIDY_PRESENT = hasSharedData('gsmarena-1997808-2023', 'gsmarena-foykes-2021');
const tidyLines = TIDY_PRESENT ? readFileSync(TIDY, 'utf8').split('\n') : [];
const tmp = mkdtempSync(join(tmpdir(), 'bandfit-import-'));

/** A CSV with data_tidy_2.csv's header and the rows whose Name is listed (real rows). */
function tidySlice(name: string, names: string[], extra: string[] = []): string {
  const rows = names.map((n) => tidyLines.find((l) => l.startsWith(`${n},`))!);
  const file = join(tmp, name);
  writeFileSync(file, [tidyLines[0], ...rows, ...extra].join('\n') + '\n');
  return file;
}

const emptyStore = emptyStores();

describe.skipIf(!TIDY_PRESENT)('importDevices from data_tidy_2.csv rows', () => {
  it('imports phones with parsed bands and skips devices without cellular radio', async () => {
    const store = await emptyStore();
    const file = tidySlice('phones.csv', ['Xiaomi Mi 6', 'Acer Chromebook Tab 10', 'Acer Iconia Talk S']);
    const report = await importDevices(store, file, { today: '2026-01-02' });
    expect(report).toMatchObject({ format: 'gsmarena-tidy', rows: 3, imported: 2, notPhones: 1, rejected: [] });
    const mi6 = await store.getDevice('xiaomi-mi-6');
    expect(mi6).toMatchObject({ brand: 'Xiaomi', name: 'Mi 6', announced: '2017', checked: '2026-01-02' });
    // Row "Xiaomi Mi 6": GSM 850/900/1800/1900, HSDPA 850/900/1900/2100, LTE 1, 3, 5, 7, 8, 38, 39, 40, 41.
    expect(mi6!.variants[0]!.bands).toEqual(['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'U1', 'U2', 'U5', 'U8', 'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41']);
    // MEMORY_* count KiB: 6291456 KiB RAM is 6 GB.
    expect(mi6!.specs).toMatchObject({ ramGb: [6], storageGb: [128], displayInches: 5.15, batteryMah: 3350 });
    expect(mi6!.prices?.[0]).toMatchObject({ currency: 'EUR', market: 'EU' });
    expect(mi6!.sources[0]!.ref).toMatch(/^phones\.csv line 2: Xiaomi Mi 6$/);
  });

  it('is all-or-nothing: one bad row aborts with its line and leaves the store as it was', async () => {
    const store = await emptyStore();
    await importDevices(store, tidySlice('first.csv', ['Xiaomi Mi 6']));
    const version = await store.catalogVersion();
    const bad = tidySlice('bad.csv', ['Acer Iconia Talk S'], [',Acer,GSM,GSM 900,,,,,,,2018,,,,,,,,,,,,,,,,,,']);
    const error = await importDevices(store, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BandfitError);
    expect((error as BandfitError).code).toBe('E_IMPORT');
    expect((error as BandfitError).message).toContain('bad.csv line 3: missing name');
    expect(await store.countDevices()).toBe(1);
    expect(await store.catalogVersion()).toBe(version);
  });

  it('with skipInvalid imports the good rows and reports every rejected one', async () => {
    const store = await emptyStore();
    const file = tidySlice('mixed.csv', ['Acer Iconia Talk S'], ['Fixture,Acer,GSM,GSM 900,"unclosed', ',Acer,GSM,GSM 900,,,,,,,2018,,,,,,,,,,,,,,,,,,']);
    const report = await importDevices(store, file, { skipInvalid: true });
    expect(report.imported).toBe(1);
    expect(report.rejected.map((r) => r.line)).toEqual([3]);
    expect(report.rejected[0]!.reason).toMatch(/malformed CSV|missing name/);
  });

  it('notes a technology named without band numbers', async () => {
    const store = await emptyStore();
    // data_tidy_2.csv row "Doogee Smini": NETWORK_4G_bands is just "LTE".
    await importDevices(store, tidySlice('lte-only.csv', ['Doogee Smini']));
    const [device] = await store.listDevices();
    expect(device?.notes).toBe('The source names LTE without band numbers; those bands are unknown.');
    expect(device?.variants[0]?.bands.some((b) => /^B\d/.test(b))).toBe(false);
  });

  it('re-imports in place: updates, never duplicates', async () => {
    const store = await emptyStore();
    const file = tidySlice('again.csv', ['Xiaomi Mi 6', 'Acer Iconia Talk S']);
    await importDevices(store, file);
    const again = await importDevices(store, file);
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    expect(await store.countDevices()).toBe(2);
  });

  it('imports the whole 12,513-row dump with at least 95 % of band rows parsed', async () => {
    const store = await emptyStore();
    const report = await importDevices(store, TIDY, { skipInvalid: true });
    expect(report.rows).toBe(12_513);
    const parsed = report.bandRows - report.rejected.length;
    expect(parsed / report.bandRows).toBeGreaterThanOrEqual(0.95);
    expect(await store.countDevices()).toBe(report.imported);
    expect(report.rejected.every((r) => r.line > 1 && r.reason.length > 0)).toBe(true);
  });
});

describe.skipIf(!TIDY_PRESENT)('importDevices from other layouts', () => {
  it('reads the raw foykes brand file with b\'…\' cells, model numbers and chipset', async () => {
    const store = await emptyStore();
    const report = await importDevices(store, FOYKES_XIAOMI);
    expect(report.format).toBe('gsmarena-foykes');
    const mi6 = await store.getDevice('xiaomi-mi-6');
    expect(mi6?.variants.some((v) => v.models?.includes('MCE16'))).toBe(true);
    expect(mi6).toMatchObject({ id: 'xiaomi-mi-6', announced: '2017-04', released: '2017-04' });
    expect(mi6?.specs).toMatchObject({ chipset: 'Qualcomm MSM8998 Snapdragon 835 (10 nm)', ramGb: [4, 6], storageGb: [64, 128] });
  });

  it('reads GSMArena-style nested JSON', async () => {
    const store = await emptyStore();
    const file = join(tmp, 'nested.json');
    // The foykes Xiaomi Mi 6 row, nested the way GSMArena groups its rows.
    const record = { 'Model Name': 'Xiaomi Mi 6', Brand: 'xiaomi', Network: { Technology: 'GSM / HSPA / LTE', '2G bands': 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2', '3G bands': 'HSDPA 850 / 900 / 1900 / 2100', '4G bands': '1, 3, 5, 7, 8, 38, 39, 40, 41' }, Misc: { Models: 'MCE16' } };
    writeFileSync(file, JSON.stringify([record]));
    const report = await importDevices(store, file);
    expect(report).toMatchObject({ format: 'gsmarena-json', imported: 1 });
    const mi6 = (await store.listDevices()).find((d) => d.variants.some((v) => v.models?.includes('MCE16')));
    expect(mi6?.variants[0]?.bands).toContain('B41');
  });

  it('round-trips through export and bandfit JSON import', async () => {
    const source = await emptyStore();
    await importDevices(source, tidySlice('rt.csv', ['Xiaomi Mi 6', 'Acer Iconia Talk S']));
    const exported = await exportStore(source);
    const file = join(tmp, 'export.json');
    writeFileSync(file, JSON.stringify(exported));
    const target = await emptyStore();
    const report = await importDevices(target, file);
    expect(report).toMatchObject({ format: 'bandfit-json', imported: 2 });
    expect(await exportStore(target)).toEqual(exported);
  });

  it('rejects an export record with an unknown band, naming the record', async () => {
    const store = await emptyStore();
    const file = join(tmp, 'bad-export.json');
    writeFileSync(file, JSON.stringify([{ id: 'x-y', brand: 'X', name: 'Y', variants: [{ id: 'x-y-a', label: 'A', bands: ['B999'] }], sources: [], checked: '2026' }]));
    await expect(importDevices(store, file)).rejects.toThrow(/line 1: .*unknown band id "B999"/);
  });
});
