import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const example = /## As a library[\s\S]*?```ts\n[\s\S]*?```[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
const file = fileURLToPath(new URL('./.readme-batch-example.tmp.ts', import.meta.url));

afterAll(() => rmSync(file, { force: true }));

describe('README "As a library", the batch example', () => {
  it('runs as written and counts every variant on every bundled carrier', async () => {
    expect(example, 'the README has a second "As a library" TypeScript example').toMatch(/levelMatrix/);
    writeFileSync(file, example!.replace(/from 'bandfit'/g, "from '../../src/index.js'"));
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(String(line)));
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
    }
    expect(lines).toHaveLength(1);
    const [, pairs, full] = /^(\d+) pairs; (\d+) phones full on .+$/.exec(lines[0]!) ?? [];
    expect(Number(pairs)).toBeGreaterThan(100_000);
    expect(Number(full)).toBeGreaterThanOrEqual(0);
  });
});
