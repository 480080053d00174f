import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../project-root.js';
import { loadCarrierCatalog } from './carrier-catalog.js';
import { compareCodes, compareNames, nameKey, sortByName } from './compare-names.js';
import { loadDeviceCatalog } from './device-catalog.js';

const english = new Intl.Collator('en');

describe('compareNames', () => {
  it('orders every carrier and phone name of the compiled catalogs as the English collator does', () => {
    const names = new Set<string>();
    for (const carrier of loadCarrierCatalog().carriers) names.add(carrier.name);
    for (const device of loadDeviceCatalog().devices) names.add(`${device.brand} ${device.name}`).add(device.brand);
    const list = [...names];
    expect(list.some((name) => /[^\x00-\x7f]/.test(name))).toBe(true);
    expect([...list].sort(compareNames)).toEqual([...list].sort(english.compare));
  });

  it('agrees with the English collator on random names of letters, accents, digits and punctuation', () => {
    const alphabet = [...` _-‐‑–—,;:!?.…·'‘’"“”«»()[]{}@*/\\&#%^+<=>|~$£€™0123456789aAbBeEzZéÉèöÖøæÆßðñÅåçčŽНкﬁ²\u00a0`];
    const name = fc.array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const expected = Math.sign(english.compare(a, b));
        if (expected !== 0) expect(Math.sign(compareNames(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it('does not follow the locale: Ålcom before Compatel, where Danish puts it last', () => {
    expect(new Intl.Collator('da').compare('Ålcom', 'Compatel')).toBeGreaterThan(0);
    expect(compareNames('Ålcom', 'Compatel')).toBeLessThan(0);
    expect(['VIRVE', 'Telia', 'Ålcom', 'DNA'].sort(compareNames)).toEqual(['Ålcom', 'DNA', 'Telia', 'VIRVE']);
    // Levels: letters first, then accents, then case (lower before upper).
    expect(['Cafe', 'café', 'cafe', 'cafes'].sort(compareNames)).toEqual(['cafe', 'Cafe', 'café', 'cafes']);
  });

  it('is a total order: names the collator calls equal are ordered by code unit', () => {
    expect(english.compare('a\u0000b', 'ab')).toBe(0);
    expect(compareNames('a\u0000b', 'ab')).toBeLessThan(0);
    expect(compareNames('ab', 'a\u0000b')).toBeGreaterThan(0);
    expect(compareNames('ab', 'ab')).toBe(0);
    expect(nameKey('ab') < nameKey('ac')).toBe(true);
  });

  it('compareCodes orders ids and dates by code unit', () => {
    expect(['2024-05-01', '2023-12-31', '9999'].sort(compareCodes)).toEqual(['2023-12-31', '2024-05-01', '9999']);
  });
});

describe('no order follows the locale', () => {
  it('no source, build script or web app file orders by localeCompare', () => {
    const users: string[] = [];
    for (const dir of ['src', 'scripts', 'web/src']) {
      for (const file of readdirSync(projectPath(dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
        const text = readFileSync(join(projectPath(dir), file), 'utf8');
        if (/\.localeCompare\(|Intl\.Collator\(/.test(text)) users.push(`${dir}/${file}`);
      }
    }
    expect(users).toEqual([]);
  });
});

describe('sortByName', () => {
  it('orders as a sort by `before`, then compareNames, making each name\'s key once', () => {
    const carriers = loadCarrierCatalog().carriers;
    const mvnoLast = (a: (typeof carriers)[number], b: (typeof carriers)[number]) => Number(a.kind === 'mvno') - Number(b.kind === 'mvno');
    let named = 0;
    const sorted = sortByName(carriers, (c) => (named++, c.name), mvnoLast);
    expect(named).toBe(carriers.length);
    expect(sorted.map((c) => c.id)).toEqual([...carriers].sort((a, b) => mvnoLast(a, b) || compareNames(a.name, b.name)).map((c) => c.id));
    expect(sorted.map((c) => c.kind)).toContain('mvno');
  });
});
