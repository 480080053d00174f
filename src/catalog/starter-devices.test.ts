import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { loadStarterCatalog } from './starter-devices.js';

function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-starter-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

const minimal = {
  id: 'fixture-one',
  brand: 'Fixture',
  name: 'One',
  variants: [{ id: 'fixture-one-global', label: 'Global', bands: ['GSM900', 'B3'] }],
  sources: [{ title: 'test fixture' }],
  checked: '2026-01-01',
};

describe('loadStarterCatalog', () => {
  it('loads and validates data/devices, with the Mi 6 among them', async () => {
    const { devices, version } = await loadStarterCatalog();
    const mi6 = devices.find((d) => d.id === 'xiaomi-mi-6');
    expect(mi6?.variants.some((v) => v.models?.includes('MCE16'))).toBe(true);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadStarterCatalog()).version).toBe(version);
  });

  it('accepts one device or a list per file, and versions by content', async () => {
    const a = await loadStarterCatalog(dirWith({ 'a.json': minimal }));
    const b = await loadStarterCatalog(dirWith({ 'a.json': [minimal] }));
    expect(a.devices).toEqual(b.devices);
    expect(a.version).not.toBe(b.version);
  });

  it.each([
    ['an unknown band', { ...minimal, variants: [{ ...minimal.variants[0], bands: ['B999'] }] }, 'unknown band id "B999"'],
    ['no variants', { ...minimal, variants: [] }, 'at least one variant'],
    ['an id that is not a slug', { ...minimal, id: 'Fixture One' }, 'not a lower-case slug'],
    ['a bad date', { ...minimal, announced: 'April 2017' }, 'ISO date'],
  ])('rejects a record with %s as corrupt data', async (_, record, message) => {
    const error = await loadStarterCatalog(dirWith({ 'x.json': [record] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BandfitError);
    expect((error as BandfitError).code).toBe('E_CORRUPT_DATA');
    expect((error as BandfitError).message).toContain(message);
    expect((error as BandfitError).message).toContain('data/devices/x.json[0]');
  });

  it('rejects an id used twice and a file that is not JSON', async () => {
    await expect(loadStarterCatalog(dirWith({ 'a.json': minimal, 'b.json': minimal }))).rejects.toThrow(/also used in/);
    await expect(loadStarterCatalog(dirWith({ 'a.json': '{ nope' }))).rejects.toThrow(/not valid JSON/);
  });
});
