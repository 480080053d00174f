import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli/run-cli.js';
import { backupStore } from './backup-store.js';
import { openStore } from './open-store.js';
import { fixtureDevice, fixtureStarter } from './test-support/store-fixtures.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backupStore', () => {
  it('copies an SQLite store in use into a store that opens with the same devices and version', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bandfit-backup-'));
    const file = join(dir, 'store.db');
    const store = await openStore({ file, env: {}, starter: fixtureStarter(['s1'], 'backup-test') });
    await store.upsertDevices([fixtureDevice('b1'), fixtureDevice('b2')], { origin: 'import' });
    const version = await store.catalogVersion();
    // The store stays open (and written to after): the copy is of the state when it was taken.
    await backupStore({ kind: 'sqlite', file }, join(dir, 'copy.db'));
    await store.upsertDevices([fixtureDevice('b3')], { origin: 'import' });
    await store.close();

    const copy = await openStore({ file: join(dir, 'copy.db'), env: {}, starter: fixtureStarter(['s1'], 'backup-test') });
    try {
      expect((await copy.listDevices()).map((d) => d.id)).toEqual(['fixture-b1', 'fixture-b2', 'fixture-s1']);
      expect(await copy.catalogVersion()).toBe(version);
    } finally {
      await copy.close();
    }
  });

  it('never overwrites a file and sends PostgreSQL to pg_dump', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bandfit-backup-'));
    const file = join(dir, 'store.db');
    await (await openStore({ file, env: {}, starter: fixtureStarter(['s1'], 'backup-test') })).close();
    await expect(backupStore({ kind: 'sqlite', file }, file)).rejects.toMatchObject({ code: 'E_BAD_INPUT', message: expect.stringMatching(/already exists/) });
    await expect(backupStore({ kind: 'postgres', url: 'postgres://x@127.0.0.1/x' }, join(dir, 'pg.db'))).rejects.toMatchObject({ code: 'E_BAD_INPUT', message: expect.stringMatching(/pg_dump/) });
    await expect(backupStore({ kind: 'sqlite', file: join(dir, 'none.db') }, join(dir, 'b.db'))).rejects.toMatchObject({ code: 'E_BAD_INPUT', message: expect.stringMatching(/No store at/) });
  });

  it('bandfit store backup FILE writes the copy and says where; a missing FILE is bad usage', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bandfit-backup-'));
    const env = { BANDFIT_DB: join(dir, 'store.db') };
    const done = await runCli(['store', 'backup', join(dir, 'copy.db')], env);
    expect(done.code).toBe(0);
    expect(done.err).toMatch(/^Backed up .*store\.db to .*copy\.db \(\d+ pages\)\.\n$/);
    const again = await runCli(['store', 'backup', join(dir, 'copy.db')], env);
    expect(again).toMatchObject({ code: 2, err: expect.stringMatching(/^bandfit: .*copy\.db already exists/) });
    expect((await runCli(['store', 'backup'], env)).code).toBe(2);
  });
});
