import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { importDevices } from '../import/import-devices.js';
import { openStore } from '../store/open-store.js';
import { modelFamily, searchDevices } from './device-search.js';
import { resolveDevice } from './resolve-device.js';
import type { Device } from './types.js';
import { hasSharedData } from '../../test/support/shared-data.js';

const ROOT = join(import.meta.dirname, '../..');
const DATA = join(ROOT, '../shared/data');
const PRESENT = hasSharedData('gsmarena-foykes-2021', 'gsmarena-1997808-2023');

/**
 * The curated starter files plus real GSMArena rows: the foykes Xiaomi brand file (Mi 6X, Mi 6
 * Plus…) and data_tidy_2.csv (Galaxy S23 family, Redmi Note 13 family), as a store holds them.
 */
let devices: Device[];
beforeAll(async () => {
  if (!PRESENT) return;
  const dir = join(ROOT, 'data/devices');
  const starter = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Device[]);
  const store = await openStore({ file: ':memory:', env: {}, starter: { devices: starter, version: 'search-test' } });
  await importDevices(store, join(DATA, 'gsmarena-foykes-2021/brands/Xiaomi.csv'), { skipInvalid: true });
  await importDevices(store, join(DATA, 'gsmarena-foykes-2021/brands/Samsung.csv'), { skipInvalid: true });
  await importDevices(store, join(DATA, 'gsmarena-1997808-2023/data_tidy_2.csv'), { skipInvalid: true });
  devices = await store.listDevices();
  await store.close();
});

const top = (query: string) => searchDevices(query, devices)[0]?.device.id;

describe.skipIf(!PRESENT)('searchDevices', () => {
  it('finds names fuzzily, best match first', () => {
    expect(top('mi 6')).toBe('xiaomi-mi-6');
    expect(top('redmi note13 pro+')).toBe('redmi-note-13-pro-plus');
    expect(top('redmi note13 pro')).toBe('redmi-note-13-pro');
    expect(top('galaxy s23')).toBe('samsung-galaxy-s23');
    const s23 = searchDevices('s23', devices).filter((m) => m.by === 'name-end').map((m) => m.device.id);
    expect(s23).toEqual(expect.arrayContaining(['samsung-galaxy-s23', 'itel-s23']));
    expect(top('galaxy s23 ultraa')).toBe('samsung-galaxy-s23-ultra');
  });

  it('finds exact model numbers with their variant', () => {
    const [match] = searchDevices('MCE16', devices);
    expect(match).toMatchObject({ by: 'model', device: { id: 'xiaomi-mi-6' }, variant: { id: 'xiaomi-mi-6-cn' } });
    expect(searchDevices('sm-s911b', devices)[0]).toMatchObject({ by: 'model', device: { id: 'samsung-galaxy-s23' } });
  });

  it('offers the model family of an unknown model number, never words that match by chance', () => {
    expect(modelFamily('SM-S911U')).toBe('sms911');
    expect(modelFamily('SM-S911B/DS')).toBe('sms911');
    expect(modelFamily('2210132G')).toBe('2210132');
    expect(modelFamily('A3287')).toBe('a3287');
    expect(modelFamily('Pixel')).toBeUndefined();
    expect(modelFamily('S23')).toBeUndefined();
    const family = searchDevices('SM-S911U', devices);
    expect(family.length).toBeGreaterThan(0);
    for (const m of family) expect(m).toMatchObject({ by: 'family', device: { id: 'samsung-galaxy-s23' } });
    expect(searchDevices('XQ-ZZ9999', devices)).toEqual([]);
  });

  it('lists each curated phone once even when a dump has it too', () => {
    expect(devices.filter((d) => /note-13-pro-plus/.test(d.id)).map((d) => d.id)).toEqual(['redmi-note-13-pro-plus']);
    expect(devices.filter((d) => /^xiaomi-mi-a2(-mi-6x)?$/.test(d.id)).map((d) => d.id)).toEqual(['xiaomi-mi-a2']);
  });
});

/** The BandfitError `resolveDevice(query)` throws; fails the test when it resolves. */
function refusal(query: string): BandfitError {
  try {
    resolveDevice(query, devices);
  } catch (error) {
    expect(error).toBeInstanceOf(BandfitError);
    return error as BandfitError;
  }
  return expect.unreachable(`"${query}" resolved`);
}

describe.skipIf(!PRESENT)('resolveDevice', () => {
  it('lets an exact name win over fuzzy ones', () => {
    // The Mi 6X is the curated Mi A2 (alias "Mi 6X"); the dumps call it "Xiaomi Mi A2 (Mi 6X)".
    expect(searchDevices('Xiaomi Mi 6', devices).map((m) => m.device.id)).toContain('xiaomi-mi-a2');
    expect(resolveDevice('Xiaomi Mi 6', devices).device.id).toBe('xiaomi-mi-6');
    expect(resolveDevice('mi 6x', devices).device.id).toBe('xiaomi-mi-a2');
    expect(resolveDevice('Galaxy S23', devices).device.id).toBe('samsung-galaxy-s23');
  });

  it('takes the one name that ends in the query words, and lists them when several do', () => {
    expect(resolveDevice('mi 6', devices).device.id).toBe('xiaomi-mi-6');
    expect(resolveDevice('galaxy s23 fe', devices).device.id).toBe('samsung-galaxy-s23-fe');
    // With the dump imported, "S23" is the Galaxy S23 and the itel S23 alike.
    const s23 = refusal('s23');
    expect(s23.code).toBe('E_AMBIGUOUS_DEVICE');
    expect((s23.details.candidates as { id: string }[]).map((c) => c.id)).toEqual(expect.arrayContaining(['samsung-galaxy-s23', 'itel-s23']));
    expect(refusal('pro').code).toBe('E_AMBIGUOUS_DEVICE');
  });

  it('never takes a model family for the model asked: it says which variants are known', () => {
    const error = refusal('SM-S911U');
    expect(error.code).toBe('E_UNKNOWN_DEVICE');
    expect(error.message).toContain('SM-S911B');
    expect(error.details.suggestions).toEqual(['Samsung Galaxy S23']);
  });

  it('returns the variant a model number names', () => {
    expect(resolveDevice('MCE16', devices)).toMatchObject({ device: { id: 'xiaomi-mi-6' }, variant: { label: 'China' } });
  });

  it('refuses to guess between close fuzzy matches', () => {
    const error = refusal('galaxy s2');
    expect(error.code).toBe('E_AMBIGUOUS_DEVICE');
    expect((error.details.candidates as { id: string }[]).length).toBeGreaterThan(1);
  });

  it('says a name is unknown, with suggestions', () => {
    const error = refusal('Galaxy S99 Imaginary');
    expect(error.code).toBe('E_UNKNOWN_DEVICE');
    expect(error.details.suggestions?.length).toBeGreaterThan(0);
  });

  it('throws nothing but BandfitError on random queries', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        try {
          resolveDevice(query, devices);
        } catch (error) {
          expect(error).toBeInstanceOf(BandfitError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
