import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as bandfit from '../../src/index.js';
import { projectPath } from '../../src/project-root.js';
import { inProcessApp } from '../../src/server/test-support/in-process-app.js';

/**
 * `import { check, where, phones, trip, compare, devices, carriers, countries, openSnapshot }
 * from 'bandfit'`: each answers with the JSON the HTTP API sends for the same question
 * (docs/api.md), and none loads a database driver unless a store is asked for.
 */
const { get } = inProcessApp();
const asOf = '2026-06-01';
const snapshot = bandfit.openSnapshot();
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** [the library's call, the route that asks the same] */
const SAME: [string, (s: bandfit.Snapshot) => unknown, string][] = [
  ['check', (s) => bandfit.check(s, { device: 'Xiaomi Mi 6', country: 'US', asOf }), `check?device=Xiaomi%20Mi%206&country=US&asOf=${asOf}`],
  ['where', (s) => bandfit.where(s, { device: 'MCE16', countries: ['CN', 'DE'], asOf }), `where?device=MCE16&country=CN,DE&asOf=${asOf}`],
  ['phones', (s) => bandfit.phones(s, { country: 'JP', limit: 5, asOf }), `phones?country=JP&limit=5&asOf=${asOf}`],
  ['trip', (s) => bandfit.trip(s, { devices: ['Xiaomi Mi 6', 'Pixel 7'], countries: ['JP', 'US'], asOf }), `trip?devices=Xiaomi%20Mi%206,Pixel%207&countries=JP,US&asOf=${asOf}`],
  ['compare', (s) => bandfit.compare(s, { devices: ['Xiaomi Mi 6', 'Pixel 7'], country: 'DE', asOf }), `compare?devices=Xiaomi%20Mi%206&devices=Pixel%207&country=DE&asOf=${asOf}`],
  ['devices', (s) => bandfit.devices(s, { q: 'galaxy s23', limit: 4 }), 'devices?q=galaxy%20s23&limit=4'],
  ['carriers', (s) => bandfit.carriers(s, { country: 'Japan' }), 'carriers?country=Japan'],
  ['countries', (s) => bandfit.countries(s), 'countries'],
];

describe('bandfit as a library', () => {
  it.each(SAME)('%s answers what the route answers', async (_name, call, route) => {
    const res = await get(`/api/v1/${route}`);
    expect(res.statusCode).toBe(200);
    expect(json(call(await snapshot))).toEqual(res.json());
  });

  it('loads no database driver to answer from the bundled data', async () => {
    const script = `
      import { createRequire } from 'node:module';
      const b = await import(${JSON.stringify(projectPath('src', 'index.ts'))});
      const s = await b.openSnapshot();
      b.check(s, { device: 'Xiaomi Mi 6', country: 'US' }); b.devices(s, { q: 'mi 6' }); b.carriers(s, { country: 'DE' });
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /node_modules[\\\\/](better-sqlite3|pg|kysely)[\\\\/]/.test(f));
      console.log(JSON.stringify(loaded));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectPath() });
    expect(JSON.parse(stdout)).toEqual([]);
  }, 60_000);
});
