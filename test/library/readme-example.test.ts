import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = /## As a library([\s\S]*?)\n## /.exec(`${readme}\n## `)?.[1] ?? '';
/** The TypeScript examples of the README's "As a library" section, in order. */
const examples = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const files: string[] = [];

afterAll(() => files.forEach((file) => rmSync(file, { force: true })));

/** Runs an example as written (importing the sources instead of the package) and returns what it logged. */
async function run(example: string, name: string): Promise<string[]> {
  const file = fileURLToPath(new URL(`./.readme-${name}.tmp.ts`, import.meta.url));
  files.push(file);
  writeFileSync(file, example.replace(/from 'bandfit'/g, "from '../../src/index.js'"));
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(String(line)));
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
  }
  return lines;
}

describe('README "As a library"', () => {
  it('runs as written and answers like the CLI: the Mi 6 is limited or none on US networks, full in China', async () => {
    expect(examples[0], 'the README has an "As a library" TypeScript example').toBeTruthy();
    const lines = await run(examples[0]!, 'example');
    const us = lines.slice(0, -1);
    expect(us.length).toBeGreaterThanOrEqual(3);
    expect(us.some((l) => /^AT&T: (limited|none)\./.test(l))).toBe(true);
    expect(us.every((l) => /: (limited|none)\./.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('full');
  });

  it('runs the batch example as written and counts every variant on every bundled carrier', async () => {
    expect(examples[1], 'the README has a second "As a library" TypeScript example').toMatch(/levelMatrix/);
    const lines = await run(examples[1]!, 'batch-example');
    expect(lines).toHaveLength(1);
    const [, pairs, full] = /^(\d+) pairs; (\d+) phones full on .+$/.exec(lines[0]!) ?? [];
    expect(Number(pairs)).toBeGreaterThan(100_000);
    expect(Number(full)).toBeGreaterThanOrEqual(0);
  });
});
