import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { deviceCatalogVersion } from '../catalog/device-catalog.js';
import { loadStarterCatalog, type StarterCatalog } from '../catalog/starter-devices.js';
import { BandfitError } from '../errors.js';
import { resolveStoreLocation, type Env } from './default-location.js';
import { migrateToLatest } from './migrations.js';
import { openSqlite } from './open-sqlite.js';
import type { StoreSchema } from './schema.js';
import { seedStarter } from './seed-starter.js';
import { createSqlStore, readVersionMeta } from './sql-store.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** `postgres://…`: use PostgreSQL. Default: `BANDFIT_DATABASE_URL`. */
  url?: string;
  /** An SQLite file or `:memory:`. Default: `BANDFIT_DB`, else the user data directory. */
  file?: string;
  env?: Env;
  /** The catalog to seed; default `catalog/devices.json`. Tests pass small ones. */
  starter?: StarterCatalog;
}

/**
 * Seeds the shipped catalog unless the store holds its version already: the version is read
 * from the compiled file's first line, so an unchanged catalog is not parsed at start-up.
 * Returns the version meta it read when it did not seed (the store's first version read).
 */
async function seedIfChanged(db: Kysely<StoreSchema>): Promise<Map<string, string> | undefined> {
  const meta = await readVersionMeta(db);
  if (meta.get('starter_version') === deviceCatalogVersion()) return meta;
  await seedStarter(db, await loadStarterCatalog());
  return undefined;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * `mkdir -p` one level at a time. Node's `mkdirSync(dir, { recursive: true })` spins forever at
 * 100 % CPU under /proc, where mkdir answers ENOENT for a parent that exists
 * (https://github.com/Kewton/CommandMate/issues/1774): `BANDFIT_DB=/proc/x/store.db` froze.
 */
function makeDirs(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirs(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function sqliteDb(file: string): Kysely<StoreSchema> {
  if (file !== ':memory:') makeDirs(dirname(file));
  const database = openSqlite(file);
  // WAL lets the HTTP server read while an import writes; a killed writer's half transaction is
  // rolled back on the next open (SQLite atomic commit, https://sqlite.org/atomiccommit.html).
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 10000');
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
}

async function postgresDb(url: string): Promise<Kysely<StoreSchema>> {
  // Loaded only for PostgreSQL, so the embedded default starts without it; required, not
  // imported, so the CLI's CommonJS bundle run from its code cache (src/cli/code-cache.ts) loads it.
  const pg = createRequire(import.meta.url)('pg') as typeof import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client whose server restarts or goes away (57P01 admin_shutdown) is reported as a
  // pool 'error' event; unheard, it kills the process (node-postgres docs, "Pool", events.error).
  // The pool drops that client itself and the next query answers E_STORE until PostgreSQL is back.
  pool.on('error', () => undefined);
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Opens the store, brings its schema up to date and seeds the starter catalog on first use
 * (and again when `catalog/devices.json` changes): no setup step. SQLite by default, PostgreSQL when
 * a `postgres://` URL is given.
 *
 * @example
 * const store = await openStore({ env: { BANDFIT_DB: ':memory:' } });
 * const mi6 = await store.getDevice('xiaomi-mi-6');
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const location = resolveStoreLocation(options);
  const where = location.kind === 'postgres' ? redact(location.url) : location.file;
  let db: Kysely<StoreSchema>;
  try {
    if (location.kind === 'postgres') {
      if (!/^postgres(ql)?:\/\//.test(location.url)) {
        throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-database-url', url: where });
      }
      db = await postgresDb(location.url);
    } else {
      db = sqliteDb(location.file);
    }
  } catch (cause) {
    if (cause instanceof BandfitError) throw cause;
    throw new BandfitError({ code: 'E_STORE', kind: 'store-unopened', where, reason: (cause as Error).message }, {}, cause);
  }
  let opened: Map<string, string> | undefined;
  try {
    await migrateToLatest(db);
    if (options.starter) await seedStarter(db, options.starter);
    else opened = await seedIfChanged(db);
  } catch (cause) {
    await db.destroy().catch(() => undefined);
    if (cause instanceof BandfitError) throw cause;
    throw new BandfitError({ code: 'E_STORE', kind: 'store-unopened', where, reason: (cause as Error).message }, {}, cause);
  }
  return createSqlStore(db, location.kind === 'postgres' ? 'postgres' : 'sqlite', where, opened);
}
