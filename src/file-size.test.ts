import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from './project-root.js';

/** The most lines a file of code may have (docs/architecture.md, "Rules the layout keeps"). */
const MAX_LINES = 200;
/** Where the project's code is; fixtures, data, docs and builds are not code. */
const CODE_DIRS = ['src', 'web/src', 'scripts', 'bench', 'test', 'bin', 'deploy'];
const SKIP = new Set(['node_modules', 'dist', 'fixtures', '.work']);
const CODE = /\.(ts|tsx|js|mjs|cjs|css|html|sh)$/;

/** Every code file below `dirs` of `root` longer than `max` lines, as `path: lines`. */
export function longFiles(root: string, dirs: readonly string[], max = MAX_LINES): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path);
      } else if (CODE.test(entry.name)) {
        const lines = readFileSync(path, 'utf8').split('\n').length - 1;
        if (lines > max) found.push(`${relative(root, path)}: ${lines}`);
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found;
}

describe('files of code', () => {
  it(`have at most ${MAX_LINES} lines (split one by meaning)`, () => {
    expect(longFiles(projectPath(), CODE_DIRS)).toEqual([]);
  });

  it('are found when over the limit, fixtures aside', () => {
    const root = mkdtempSync(join(tmpdir(), 'bandfit-size-'));
    mkdirSync(join(root, 'src', 'fixtures'), { recursive: true });
    writeFileSync(join(root, 'src', 'long.ts'), 'x\n'.repeat(201));
    writeFileSync(join(root, 'src', 'short.ts'), 'x\n'.repeat(200));
    writeFileSync(join(root, 'src', 'fixtures', 'page.html'), 'x\n'.repeat(500));
    expect(longFiles(root, ['src'])).toEqual(['src/long.ts: 201']);
  });
});
