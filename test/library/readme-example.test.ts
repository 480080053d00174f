import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const example = /## As a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
const file = fileURLToPath(new URL('./.readme-example.tmp.ts', import.meta.url));

afterAll(() => rmSync(file, { force: true }));

describe('README "As a library"', () => {
  it('runs as written and answers like the CLI: the Mi 6 is limited or none on US networks, full in China', async () => {
    expect(example, 'the README has an "As a library" TypeScript example').toBeTruthy();
    writeFileSync(file, example!.replace(/from 'bandfit'/g, "from '../../src/index.js'"));
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(String(line)));
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
    }
    const us = lines.slice(0, -1);
    expect(us.length).toBeGreaterThanOrEqual(3);
    expect(us.some((l) => /^AT&T: (limited|none)\./.test(l))).toBe(true);
    expect(us.every((l) => /: (limited|none)\./.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('full');
  });
});
