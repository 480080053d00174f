import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWithCodeCache } from './code-cache.js';
import { codeCacheFile } from './start.js';

type Bundle = { answer(): string; sibling: string; where: string };

let dir: string;
let bundle: string;
let cache: string;

/** A CommonJS file that requires a sibling, as dist/cli.cjs requires its packages. */
const source = (answer: string) =>
  `const sibling = require('./sibling.cjs');\nmodule.exports = { answer: () => '${answer}', sibling, where: __dirname };\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bandfit-code-cache-'));
  bundle = join(dir, 'bundle.cjs');
  cache = join(dir, 'code-cache', 'cli.bin');
  writeFileSync(join(dir, 'sibling.cjs'), "module.exports = 'next door';\n");
  writeFileSync(bundle, source('first'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadWithCodeCache', () => {
  it('runs the bundle as require would, then from the cache it wrote', () => {
    const cold = loadWithCodeCache<Bundle>(bundle, cache);
    expect(cold.cacheUsed).toBe(false);
    expect([cold.exports.answer(), cold.exports.sibling, cold.exports.where]).toEqual(['first', 'next door', dir]);
    cold.save();
    const warm = loadWithCodeCache<Bundle>(bundle, cache);
    expect(warm.cacheUsed).toBe(true);
    expect(warm.exports.answer()).toBe('first');
  });

  it('compiles an edited bundle of the same length from its source, and replaces the cache', () => {
    loadWithCodeCache<Bundle>(bundle, cache).save();
    writeFileSync(bundle, source('other')); // same length: V8's own check would take the old code
    const edited = loadWithCodeCache<Bundle>(bundle, cache);
    expect(edited.cacheUsed).toBe(false);
    expect(edited.exports.answer()).toBe('other');
    edited.save();
    expect(loadWithCodeCache<Bundle>(bundle, cache).cacheUsed).toBe(true);
  });

  it('ignores a damaged or truncated cache', () => {
    loadWithCodeCache<Bundle>(bundle, cache).save();
    const good = readFileSync(cache);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 10]! ^= 0xff;
    for (const damaged of [flipped, good.subarray(0, good.length - 7), Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(cache, damaged);
      const loaded = loadWithCodeCache<Bundle>(bundle, cache);
      expect(loaded.cacheUsed).toBe(false);
      expect(loaded.exports.answer()).toBe('first');
    }
  });

  it('runs without a cache file, and a folder it cannot write to is not an error', () => {
    const none = loadWithCodeCache<Bundle>(bundle, undefined);
    none.save();
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'sibling.cjs']);
    const unwritable = loadWithCodeCache<Bundle>(bundle, join(dir, 'missing', 'deeper', 'cli.bin'));
    expect(() => unwritable.save()).not.toThrow();
    expect(unwritable.exports.answer()).toBe('first');
  });

  it('leaves no file behind when the cache cannot be put in place', () => {
    mkdirSync(cache, { recursive: true }); // a folder where the file should be: the rename fails
    for (let i = 0; i < 2; i++) loadWithCodeCache<Bundle>(bundle, cache).save();
    expect(readdirSync(join(dir, 'code-cache'))).toEqual(['cli.bin']);
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('codeCacheFile', () => {
  it('sits beside an SQLite store, and there is none for a store in memory or in PostgreSQL', () => {
    expect(codeCacheFile({ BANDFIT_DB: '/data/stores/bandfit.db' })).toBe('/data/stores/code-cache/cli.bin');
    expect(codeCacheFile({ BANDFIT_DB: ':memory:' })).toBeUndefined();
    expect(codeCacheFile({ BANDFIT_DATABASE_URL: 'postgres://db/bandfit' })).toBeUndefined();
    expect(codeCacheFile({ XDG_DATA_HOME: '/xdg' })).toBe(process.platform === 'linux' ? '/xdg/bandfit/code-cache/cli.bin' : expect.any(String));
  });
});

describe('the CLI bundle', () => {
  it('imports no package with import(): a script run from the code cache has no ES module loader on Node 20', () => {
    const root = join(import.meta.dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    const packageImports = sources.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/(?<!typeof )\bimport\(\s*['"]([^'".][^'"]*)['"]/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(packageImports).toEqual([]);
  });
});
