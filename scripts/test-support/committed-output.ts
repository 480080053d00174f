import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/**
 * The drift test of a generated file: the committed `path` must be exactly what its build step
 * writes now (`generate`), or the test names the inputs and the command that rebuilds it.
 *
 * @example
 * itMatchesCommitted(CATALOG_PATH, () => catalogText(compact), 'its inputs', 'npm run build:catalog');
 */
export function itMatchesCommitted(path: string, generate: () => string, inputs: string, command: string): void {
  const file = relative(projectPath(), path);
  it(`${file} matches ${inputs} (if not: run ${command})`, () => {
    expect(readFileSync(path, 'utf8') === generate(), `${file} drifted from ${inputs}: run ${command}`).toBe(true);
  });
}

/**
 * A compiled catalog is reproducible: built again from the same inputs it is the same text
 * (`rebuild()` is `built`), its date is the latest day its records were checked, and its data
 * version is the 16 hex digits of a hash.
 */
export function expectReproducible(rebuild: () => string, built: string, catalog: { buildDate: string; dataVersion: string }, checked: string[]): void {
  expect(rebuild()).toBe(built);
  expect(catalog.buildDate).toBe([...checked].sort().at(-1));
  expect(catalog.dataVersion).toMatch(/^[0-9a-f]{16}$/);
}
