import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import type { Store } from './store.js';
import { dialectCases, fixtureDevice, fixtureStarter } from './test-support/store-fixtures.js';

const { cases, skipped } = dialectCases();
if (skipped) {
  describe('migration 0003 on PostgreSQL', () => {
    it.skip(skipped, () => undefined);
  });
}

/** Runs `statements` in order on the database `where` names, beside the store; the last one's rows. */
async function raw(where: { url?: string; file?: string }, statements: string[]): Promise<unknown[]> {
  let rows: unknown[] = [];
  if (where.file) {
    const db = new Database(where.file);
    try {
      for (const sql of statements) rows = /^\s*select/i.test(sql) ? db.prepare(sql).all() : (db.exec(sql), []);
    } finally {
      db.close();
    }
    return rows;
  }
  const client = new pg.Client({ connectionString: where.url });
  await client.connect();
  try {
    for (const sql of statements) rows = (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
  return rows;
}

const TABLES = {
  sqlite: "select name from sqlite_master where type = 'table' and name = 'variant_models'",
  postgres: "select table_name from information_schema.tables where table_name = 'variant_models'",
};

describe.each(cases)('migration 0003-drop-variant-models on $name', (dialect) => {
  const open: Store[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });

  it('a new store has no variant_models table, and a store made before it loses the table but keeps its phones', async () => {
    const where = await dialect.fresh();
    const store = await openStore({ ...where, env: {}, starter: fixtureStarter(['a'], 'v1') });
    await store.upsertDevices([fixtureDevice('imp')], { origin: 'import' });
    await store.close();
    expect(await raw(where, [TABLES[dialect.name]])).toEqual([]);
    // The store as 0002 left it: the table with a row, the migration not run.
    await raw(where, [
      'create table variant_models (model text not null, device_id text not null, variant_id text not null, primary key (model, variant_id))',
      "insert into variant_models values ('FXIMP1', 'fixture-imp', 'fixture-imp-global')",
      "delete from bandfit_migration where name = '0003-drop-variant-models'",
    ]);
    expect(await raw(where, [TABLES[dialect.name]])).toHaveLength(1);
    const again = await openStore({ ...where, env: {}, starter: fixtureStarter(['a'], 'v1') });
    open.push(again);
    expect(await raw(where, [TABLES[dialect.name]])).toEqual([]);
    expect((await again.listDevices()).map((d) => d.id)).toEqual(['fixture-a', 'fixture-imp']);
    expect(await raw(where, ["select name from bandfit_migration where name = '0003-drop-variant-models'"])).toHaveLength(1);
  });
});
