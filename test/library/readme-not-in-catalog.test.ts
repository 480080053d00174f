import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = /## Your phone is not in the catalog\?[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** The words of a command line as a shell splits them: double-quoted parts kept whole (no other shell syntax is used). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('README "Your phone is not in the catalog?"', () => {
  it('shows the three ways in, and every command in it runs as written on a fresh store, in order', async () => {
    const commands = section.split('\n').filter((line) => line.startsWith('npx bandfit '));
    expect(commands.some((c) => c.includes('--imei'))).toBe(true);
    expect(commands.some((c) => c.includes('check --bands'))).toBe(true);
    expect(commands.some((c) => c.includes('devices add'))).toBe(true);
    // The repository's own folder: `--from test/fixtures/…` is read from there, as in a checkout.
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const env = { BANDFIT_DB: join(mkdtempSync(join(tmpdir(), 'bandfit-readme-')), 'bandfit.db') };
    for (const command of commands) {
      const argv = words(command).slice(2).map((w) => (w.startsWith('test/') ? join(root, w) : w));
      const r = await runCli(argv, env);
      expect(r.code, `${command}\n${r.err}`).toBe(0);
    }
    // What is left taught: the saved page's phone; the Xiaomi 13 was removed, its catalog record back.
    const taught = JSON.parse((await runCli(['export', 'devices', '--origin', 'user'], env)).out);
    expect(taught.map((d: { id: string }) => d.id)).toEqual(['apple-iphone-16-pro']);
  }, 60_000);

  it('names no path outside the repository', () => {
    const outside = readme.match(/(^|[\s(`'"=])(\.\.\/|~\/|\/(work|tmp|home|Users|usr|etc|var|opt|root)\/)\S*/gm) ?? [];
    expect(outside).toEqual([]);
  });
});
