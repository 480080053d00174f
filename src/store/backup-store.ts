import { existsSync } from 'node:fs';
import { BandfitError } from '../errors.js';
import type { StoreLocation } from './default-location.js';
import { openSqlite } from './open-sqlite.js';

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
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'backup-postgres' });
  }
  if (location.file === ':memory:') throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'backup-memory' });
  if (!existsSync(location.file)) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-store-to-back-up', file: location.file });
  if (existsSync(dest)) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'backup-exists', parameter: 'file', file: dest });
  const db = openSqlite(location.file, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(dest);
    return { pages: totalPages };
  } catch (cause) {
    throw new BandfitError({ code: 'E_STORE', kind: 'backup-failed', from: location.file, to: dest, reason: (cause as Error).message }, {}, cause);
  } finally {
    db.close();
  }
}
