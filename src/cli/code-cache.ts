import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/** A CommonJS bundle loaded through V8's code cache. */
export interface CachedBundle<T> {
  exports: T;
  /** Whether V8 took the cached code (false: compiled from source, as without a cache). */
  cacheUsed: boolean;
  /** Writes the cache when it was missing, stale or refused; never throws. */
  save(): void;
}

const MAGIC = 'bandfit-code-cache 1';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The key a cache must carry to be used: V8 only compares the source's length (and its own
 * version and flags), so an edited bundle of the same length would run the old code; the key
 * names the V8 version, the architecture and the bundle's own hash.
 */
const keyOf = (source: Buffer) => `${MAGIC} ${process.versions.v8} ${process.arch} ${sha256(source)}`;

/** The cached data, or undefined when the file is missing, of another bundle or damaged. */
function readCache(cacheFile: string, key: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const eol = file.indexOf(10);
  if (eol < 0) return undefined;
  const header = file.subarray(0, eol).toString('latin1');
  const data = file.subarray(eol + 1);
  // The data's own hash: V8 checks lengths and versions, not (in release builds) the bytes.
  return header === `${key} ${sha256(data)}` ? data : undefined;
}

function writeCache(cacheFile: string, key: string, data: Buffer): void {
  try {
    // One level only: the store's folder exists once the store has opened (see makeDirs in open-store.ts).
    mkdirSync(dirname(cacheFile), { recursive: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return;
  }
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${key} ${sha256(data)}\n`, 'latin1'), data]));
    // A rename is atomic: a process reading at the same time sees the old file or the new one.
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk leaves the next start as fast as this one, no slower; a file
    // left half written would be one more per start.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: save() never throws.
    }
  }
}

/**
 * Loads the CommonJS file `bundle` as `require` would, with the compiled code V8 kept in
 * `cacheFile` (none when undefined): a CLI start then skips parsing and compiling what the last
 * run compiled. A missing, stale or damaged cache is ignored and the source compiled as usual.
 *
 * @example
 * const cli = loadWithCodeCache<{ run(argv: string[]): Promise<number> }>('dist/cli.cjs', '/tmp/cli.bin');
 * const code = await cli.exports.run(['check', 'Xiaomi Mi 6']);
 * cli.save();
 */
export function loadWithCodeCache<T>(bundle: string, cacheFile: string | undefined): CachedBundle<T> {
  // Hashed as read: the bytes hash in a third of the time the decoded text takes.
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  const key = cacheFile ? keyOf(bytes) : '';
  const cachedData = cacheFile ? readCache(cacheFile, key) : undefined;
  // The wrapper of Node's own CommonJS loader (`Module.wrap`), so the bundle sees the usual five names.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheUsed,
    save() {
      // Made after the run, the data holds every function the run compiled, not only the top level.
      if (cacheFile && !cacheUsed) writeCache(cacheFile, key, script.createCachedData());
    },
  };
}
