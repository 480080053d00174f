import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach } from 'vitest';
import type { StarterCatalog } from '../../catalog/starter-devices.js';
import type { Device } from '../../catalog/types.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';

/**
 * Hand-written fixture devices for the store tests. Brand "Fixture": these are not real
 * phones and never leave the tests.
 */
export function fixtureDevice(id: string, overrides: Partial<Device> = {}): Device {
  return {
    id: `fixture-${id}`,
    brand: 'Fixture',
    name: `Phone ${id.toUpperCase()}`,
    variants: [
      { id: `fixture-${id}-global`, label: 'Global', models: [`FX-${id.toUpperCase()}1`], bands: ['GSM900', 'B3'] },
      { id: `fixture-${id}-cn`, label: 'China', models: [`FX-${id.toUpperCase()}2`], bands: ['GSM900', 'B3', 'B39'] },
    ],
    sources: [{ title: 'store test fixture' }],
    checked: '2026-01-01',
    ...overrides,
  };
}

export function fixtureStarter(ids: string[], version: string): StarterCatalog {
  return { devices: ids.map((id) => fixtureDevice(id)), version };
}

export interface DialectCase {
  name: 'sqlite' | 'postgres';
  /** Options for `openStore` pointing at an empty database. */
  fresh(): Promise<{ url?: string; file?: string }>;
}

/** The URL of database `name` on the server at `url` (same user, host and parameters). */
export function urlOfDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * SQLite always; PostgreSQL when `BANDFIT_TEST_DATABASE_URL` is set (see test/pg/start.sh).
 * For PostgreSQL, each `fresh()` creates a database of its own (`bandfit_t_<random>`) on that
 * server, so test files running at once never share tables; the databases a file made are
 * dropped after it. (A database, not a schema: Kysely's migrator looks for its tables in every
 * schema of the database.) Call it at the top of a test file: it registers that `afterAll`.
 */
export function dialectCases(): { cases: DialectCase[]; skipped: string | undefined } {
  const cases: DialectCase[] = [
    { name: 'sqlite', fresh: async () => ({ file: join(mkdtempSync(join(tmpdir(), 'bandfit-store-')), 'bandfit.db') }) },
  ];
  const url = process.env.BANDFIT_TEST_DATABASE_URL;
  if (url) {
    const made: string[] = [];
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    afterAll(async () => {
      // `force` ends a connection a test left open, which would otherwise block the drop.
      for (const name of made.splice(0)) await admin(`drop database if exists ${name} with (force)`);
    });
    cases.push({
      name: 'postgres',
      async fresh() {
        const name = `bandfit_t_${randomBytes(6).toString('hex')}`;
        await admin(`create database ${name}`);
        made.push(name);
        return { url: urlOfDatabase(url, name) };
      },
    });
  }
  return { cases, skipped: url ? undefined : 'PostgreSQL store tests skipped: set BANDFIT_TEST_DATABASE_URL (test/pg/start.sh prints one)' };
}

/**
 * A factory of empty in-memory stores (no starter catalog) for one test file; every store it
 * opens is closed after each test.
 */
export function emptyStores(): () => Promise<Store> {
  const stores: Store[] = [];
  afterEach(async () => {
    while (stores.length) await stores.pop()!.close();
  });
  return async () => {
    const store = await openStore({ file: ':memory:', env: {}, starter: { devices: [], version: 'none' } });
    stores.push(store);
    return store;
  };
}
