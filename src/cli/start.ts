import { dirname, join } from 'node:path';
import { resolveStoreLocation, type Env } from '../store/default-location.js';
import { loadWithCodeCache } from './code-cache.js';
import type { run } from './main.js';

/**
 * Where the CLI keeps V8's compiled code: a `code-cache` folder beside an SQLite store (the
 * user data folder by default). The code does not depend on the data, so stores in one folder
 * share it; a store in memory or in PostgreSQL has no folder of its own, and runs without one.
 */
export function codeCacheFile(env: Env): string | undefined {
  const location = resolveStoreLocation({ env });
  if (location.kind !== 'sqlite' || location.file === ':memory:') return undefined;
  return join(dirname(location.file), 'code-cache', 'cli.bin');
}

/**
 * Runs the built CLI (`bundle`, dist/cli.cjs) on `argv` through the code cache, then keeps the
 * code this run compiled when the cache was missing or stale. bin/bandfit.js calls it.
 */
export async function start(bundle: string, argv: string[], env: Env = process.env): Promise<number> {
  const cli = loadWithCodeCache<{ run: typeof run }>(bundle, codeCacheFile(env));
  const code = await cli.exports.run(argv);
  cli.save();
  return code;
}
