import { homedir } from 'node:os';
import { join } from 'node:path';

export type Env = Record<string, string | undefined>;

/** Where a store lives: a PostgreSQL URL or an SQLite file (`:memory:` allowed). */
export type StoreLocation = { kind: 'postgres'; url: string } | { kind: 'sqlite'; file: string };

/**
 * The per-user data directory, following each platform's convention: the XDG Base Directory
 * spec on Linux and BSD (`$XDG_DATA_HOME`, default `~/.local/share`), `~/Library/Application
 * Support` on macOS, `%LOCALAPPDATA%` on Windows.
 */
export function userDataDir(env: Env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  if (platform === 'win32') return env.LOCALAPPDATA || join(home, 'AppData', 'Local');
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says a relative path in $XDG_DATA_HOME is invalid and must be ignored.
  return xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share');
}

/**
 * Picks the store from, in order: explicit options, `BANDFIT_DATABASE_URL` (PostgreSQL),
 * `BANDFIT_DB` (an SQLite file or `:memory:`), then `<user data dir>/bandfit/bandfit.db`.
 *
 * @example
 * resolveStoreLocation({ env: { BANDFIT_DB: ':memory:' } }); // { kind: 'sqlite', file: ':memory:' }
 */
export function resolveStoreLocation(
  options: { url?: string; file?: string; env?: Env } = {},
  platform: NodeJS.Platform = process.platform,
): StoreLocation {
  const env = options.env ?? process.env;
  if (options.url) return { kind: 'postgres', url: options.url };
  if (options.file) return { kind: 'sqlite', file: options.file };
  if (env.BANDFIT_DATABASE_URL) return { kind: 'postgres', url: env.BANDFIT_DATABASE_URL };
  if (env.BANDFIT_DB) return { kind: 'sqlite', file: env.BANDFIT_DB };
  return { kind: 'sqlite', file: join(userDataDir(env, platform), 'bandfit', 'bandfit.db') };
}
