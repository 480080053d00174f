import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BandfitError } from '../errors.js';
import type { StoreLocation } from './default-location.js';

/**
 * Copies an SQLite store to `dest` while it is in use, with SQLite's online backup API
 * (https://sqlite.org/backup.html, through better-sqlite3's `db.backup()`): the copy is one
 * consistent state of the store, readers and writers carry on meanwhile. The copy is a store
 * file itself: `BANDFIT_DB=<dest>` opens it. A PostgreSQL store is backed up with `pg_dump`.
 *
 * @example
 * await backupStore({ kind: 'sqlite', file: 'bandfit.db' }, 'bandfit-2026-12-03.db');
 */
export async function backupStore(location: StoreLocation, dest: string): Promise<{ pages: number }> {
  if (location.kind === 'postgres') {
    throw new BandfitError('E_BAD_INPUT', 'This store is PostgreSQL (BANDFIT_DATABASE_URL): back it up with pg_dump (docs/deploy.md, "Backups")');
  }
  if (location.file === ':memory:') throw new BandfitError('E_BAD_INPUT', 'An in-memory store (BANDFIT_DB=:memory:) has nothing to back up');
  if (!existsSync(location.file)) throw new BandfitError('E_BAD_INPUT', `No store at ${location.file} to back up`);
  if (existsSync(dest)) throw new BandfitError('E_BAD_INPUT', `${dest} already exists: give the backup a new file name`, { path: ['file'] });
  const db = new Database(location.file, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(dest);
    return { pages: totalPages };
  } catch (cause) {
    throw new BandfitError('E_STORE', `Cannot back up ${location.file} to ${dest}: ${(cause as Error).message}`, {}, cause);
  } finally {
    db.close();
  }
}
