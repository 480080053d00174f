import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { buildWebIfStale } from './support/build-web.js';
import { bundleSizes, type BundleSizes } from './support/bundle-sizes.js';

/** The JS budget of issue 16: under 40 kB gzip, all of it; the map's code stays out of the first load. */
describe('web app bundle', () => {
  let sizes: BundleSizes;
  beforeAll(async () => {
    await buildWebIfStale();
    sizes = bundleSizes();
  }, 120_000);

  it('keeps every JS file together under 40 kB gzip', () => {
    expect(sizes.allJs.gzip).toBeLessThan(40_000);
    expect(sizes.entryJs.gzip).toBeLessThan(sizes.allJs.gzip);
  });

  it('is a production build, and the first screen loads neither d3-geo nor an ISO code table', () => {
    const entry = readFileSync(projectPath('web', 'dist', sizes.entryJs.file), 'utf8');
    // Preact's debug build names its hooks for devtools; the shipped one does not.
    expect(entry).not.toContain('__PREACT_DEVTOOLS__');
    expect(entry).not.toContain('MultiPolygon');
    expect(sizes.assets.map((a) => a.file).some((f) => /^assets\/world-map-.*\.js$/.test(f))).toBe(true);
    // The map names countries from the API's list (numeric beside each code), not from a table of its own.
    expect(sizes.assets.every((a) => !readFileSync(projectPath('web', 'dist', a.file), 'utf8').includes('ISO 3166-2:'))).toBe(true);
  });
});
