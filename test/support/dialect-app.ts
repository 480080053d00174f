import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import type { DialectCase } from '../../src/store/test-support/store-fixtures.js';

/** The store environment of a fresh database and the app over it, for the tests of one dialect. */
export interface DialectApp {
  /** `BANDFIT_DATABASE_URL` (PostgreSQL) or `BANDFIT_DB` (SQLite), for `runCli` and the app. */
  env: Record<string, string>;
  app: ReturnType<typeof buildApp>;
}

/**
 * Inside a `describe.each(dialectCases().cases)`: opens a fresh database before the tests
 * (running `setup` on its environment first, e.g. CLI commands that fill the store), builds the
 * app over it, and closes both after. Read the fields inside tests, once `beforeAll` has run.
 */
export function useDialectApp(dialect: DialectCase, setup?: (env: Record<string, string>) => Promise<void>): DialectApp {
  const it = {} as DialectApp;
  let store: Promise<Store> | undefined;
  beforeAll(async () => {
    const where = await dialect.fresh();
    it.env = where.url ? { BANDFIT_DATABASE_URL: where.url } : { BANDFIT_DB: where.file! };
    if (setup) await setup(it.env);
    const env = it.env;
    it.app = buildApp({ openStore: () => (store ??= openStore({ env })), env });
    await it.app.ready();
  }, 60_000);
  afterAll(async () => {
    await it.app?.close();
    if (store) await (await store).close();
  });
  return it;
}
