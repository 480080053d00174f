import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

let addon: string | undefined;

/**
 * better-sqlite3's compiled addon (`build/Release/better_sqlite3.node`, where its install puts
 * it, prebuilt or compiled). Named to better-sqlite3 directly: by default it finds the file with
 * the `bindings` package, which tries a dozen paths from the caller's stack at every start and,
 * inside the CLI's bundle (tsup.config.ts), would look beside the bundle instead.
 */
function sqliteAddon(): string {
  return (addon ??= join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'));
}

/**
 * An SQLite database through better-sqlite3, its addon loaded from `sqliteAddon()`.
 *
 * @example
 * const db = openSqlite('bandfit.db', { readonly: true });
 */
export function openSqlite(file: string, options: Omit<Database.Options, 'nativeBinding'> = {}): Database.Database {
  return new Database(file, { ...options, nativeBinding: sqliteAddon() });
}
