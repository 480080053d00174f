import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli/run-cli.js';
import { commandsFor } from './command-table.js';

const ALL = ['check', 'where', 'phones', 'trip', 'compare', 'devices', 'carriers', 'import', 'export', 'store', 'serve'];

describe('commandsFor', () => {
  it('loads only the command named first, and every command otherwise', async () => {
    expect(await commandsFor(['check', 'Xiaomi Mi 6'])).toHaveLength(1);
    expect(await commandsFor(['store', 'backup'])).toHaveLength(1);
    for (const argv of [[], ['--help'], ['help', 'check'], ['--version'], ['chek'], ['constructor'], ['__proto__']]) {
      expect(await commandsFor(argv)).toHaveLength(ALL.length);
    }
  });

  it('help still lists every command in order, and a mistyped one is still suggested', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    const listed = ALL.map((name) => help.out.search(new RegExp(`^  ${name}\\b`, 'm')));
    expect(listed.every((at) => at > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    const typo = await runCli(['chek', 'Xiaomi Mi 6']);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/did you mean check/i);
  });
});
