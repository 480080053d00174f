import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

/** A module's unit: its folder under src/ (`catalog`), or the file itself for one at the top (`errors.ts`). */
const unitOf = (path: string): string => {
  const [first = '', ...rest] = relative(SRC, path).split(/[\\/]/);
  return rest.length ? first : first.replace(/\.js$/, '.ts');
};

/** Relative imports of the non-test modules under src/, as unit → units it imports. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  for (const file of files) {
    const path = join(SRC, file);
    const from = unitOf(path);
    const text = readFileSync(path, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = unitOf(normalize(join(dirname(path), spec!)));
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every cycle between units, as the units of each strongly connected group of two or more (Tarjan). */
export function importCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = stack.splice(stack.indexOf(v));
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('imports between folders of src/', () => {
  const graph = folderGraph();
  const uses = (unit: string) => [...(graph.get(unit) ?? [])].filter((u) => !u.endsWith('.ts')).sort();

  it('form no cycle (break one by moving the shared piece down)', () => {
    expect(graph.size).toBeGreaterThan(5);
    expect(importCycles(graph)).toEqual([]);
  });
  it('keep the layers of docs/architecture.md: bands on nothing, catalog on bands, engine on both', () => {
    expect(uses('bands')).toEqual([]);
    expect(uses('catalog')).toEqual(['bands']);
    expect(uses('engine')).toEqual(['bands', 'catalog']);
  });
  it('finds a cycle through three folders', () => {
    const looped = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a', 'd'])], ['d', new Set<string>()]]);
    expect(importCycles(looped)).toEqual([['a', 'b', 'c']]);
  });
});
