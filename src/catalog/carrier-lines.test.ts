import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { carriersInCountry, decodeCatalog, defaultCatalogPath } from './carrier-catalog.js';
import { readCarrierLines } from './carrier-lines.js';

const path = defaultCatalogPath();
const text = readFileSync(path, 'utf8');
const whole = decodeCatalog(JSON.parse(text));

function codeOf(error: unknown): string | undefined {
  return error instanceof BandfitError ? error.code : undefined;
}

describe('readCarrierLines', () => {
  it('gives each country the carriers the whole catalog gives it, before and after every carrier is decoded', () => {
    const lazy = readCarrierLines(text, path);
    const codes = [...new Set(whole.carriers.flatMap((c) => [c.country, ...c.territories]))];
    expect(codes.length).toBeGreaterThan(150);
    const firstLists = codes.map((code) => carriersInCountry(lazy, code));
    for (const [i, code] of codes.entries()) expect(firstLists[i], code).toEqual(carriersInCountry(whole, code));
    expect(lazy.carriers).toEqual(whole.carriers);
    // Decoded once: the carriers a country was given are the ones of the full list.
    const us = carriersInCountry(lazy, 'US');
    expect(us.length).toBeGreaterThan(3);
    for (const carrier of us) expect(lazy.carriers).toContain(carrier);
    expect([lazy.dataVersion, lazy.buildDate, lazy.formatVersion]).toEqual([whole.dataVersion, whole.buildDate, whole.formatVersion]);
  });

  it('parses a file of another layout whole', () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const read = readCarrierLines(pretty, path);
    expect(carriersInCountry(read, 'DE')).toEqual(carriersInCountry(whole, 'DE'));
    expect(read.carriers).toHaveLength(whole.carriers.length);
  });

  it('refuses another format version, and names the file of a broken line when that line is read', () => {
    try {
      readCarrierLines(text.replace('"formatVersion":2', '"formatVersion":99'), path);
      expect.unreachable();
    } catch (error) {
      expect(codeOf(error)).toBe('E_CATALOG_VERSION');
    }
    const lines = text.split('\n');
    const de = lines.findIndex((line) => line.startsWith('{"id":"de-'));
    lines[de] = '{"id":"de-broken","country":"DE",';
    const broken = readCarrierLines(lines.join('\n'), path);
    expect(carriersInCountry(broken, 'FR').length).toBeGreaterThan(0);
    try {
      carriersInCountry(broken, 'DE');
      expect.unreachable();
    } catch (error) {
      expect(codeOf(error)).toBe('E_CORRUPT_DATA');
      expect((error as BandfitError).details.path).toEqual([path]);
    }
  });
});
