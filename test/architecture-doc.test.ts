import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../src/project-root.js';

/**
 * docs/architecture.md is the page a new contributor reads first: every file it names must be
 * there, so a file that moves or goes takes the page with it. A path (`src/cli/main.ts`) must
 * exist as written; a bare name (`choose-variant.ts`) somewhere in the project.
 */
const page = readFileSync(projectPath('docs', 'architecture.md'), 'utf8');
const named = [...new Set([...page.matchAll(/`([\w./-]+\.(?:ts|tsx|js|json|md))`/g)].map((m) => m[1]!))];

function filesOf(dir: string, out: Set<string> = new Set()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.git'].includes(entry.name)) continue;
    if (entry.isDirectory()) filesOf(join(dir, entry.name), out);
    else out.add(entry.name);
  }
  return out;
}

describe('docs/architecture.md', () => {
  it('names only files that exist', () => {
    const names = filesOf(projectPath());
    const missing = named.filter((file) => {
      if (file.includes('/')) {
        try {
          readFileSync(projectPath(file));
          return false;
        } catch {
          return true;
        }
      }
      return !names.has(file);
    });
    expect(named.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
