import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
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

const TABLES = ['variant_models', 'devices', 'carrier_overlays', 'user_tacs', 'meta', 'bandfit_migration', 'bandfit_migration_lock'];

/**
 * SQLite always; PostgreSQL when `BANDFIT_TEST_DATABASE_URL` is set (see test/pg/start.sh).
 * For PostgreSQL, `fresh()` drops the bandfit tables so each test starts empty.
 */
export function dialectCases(): { cases: DialectCase[]; skipped: string | undefined } {
  const cases: DialectCase[] = [
    { name: 'sqlite', fresh: async () => ({ file: join(mkdtempSync(join(tmpdir(), 'bandfit-store-')), 'bandfit.db') }) },
  ];
  const url = process.env.BANDFIT_TEST_DATABASE_URL;
  if (url) {
    cases.push({
      name: 'postgres',
      async fresh() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          for (const table of TABLES) await client.query(`drop table if exists ${table} cascade`);
        } finally {
          await client.end();
        }
        return { url };
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
