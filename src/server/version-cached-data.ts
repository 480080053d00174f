import type { CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { Device } from '../catalog/types.js';
import type { BandfitData } from '../service/bandfit-data.js';

/**
 * How long the server trusts the data version it last read. Every read route needs the version
 * (for its ETag) and reading it costs three store queries; under load that was a third of the
 * server's CPU (bench/api-load.ts, `--cpu-prof`). A change made by another process (a CLI
 * import, another server on the same PostgreSQL) shows within this window; answers already
 * allow 60 s of staleness (Cache-Control max-age), and imports through this server show at once.
 */
export const VERSION_TTL_MS = 1000;

/** Most exact-lookup answers kept per data version; names beyond it are looked up again. */
const MAX_EXACT = 1000;

export interface VersionCachedData extends BandfitData {
  /** Forget the version read, so the next request reads it again (after an import here). */
  invalidate(): void;
  /** The version read within the last `ttlMs`, once that read has finished; else `undefined`. */
  knownVersion(): string | undefined;
}

/**
 * `data` with its version read at most once per `ttlMs`, and the carriers, devices and exact
 * device lookups kept for as long as the version stays the same. Concurrent requests share one
 * read; a failed read is not kept, so the next request tries again.
 *
 * @example
 * const data = versionCachedData(storeData(() => openStore({ env })));
 * await data.version(); // one store read, then none for a second
 */
export function versionCachedData(data: BandfitData, ttlMs = VERSION_TTL_MS, now: () => number = Date.now): VersionCachedData {
  let read: { at: number; version: Promise<string>; value?: string } | undefined;
  let parts: { version: string; carriers?: Promise<CarrierCatalog>; devices?: Promise<Device[]>; exact: Map<string, ReturnType<NonNullable<BandfitData['exactDevices']>>> } | undefined;

  const version = (): Promise<string> => {
    if (read && now() - read.at < ttlMs) return read.version;
    const pending = data.version();
    const entry: NonNullable<typeof read> = { at: now(), version: pending };
    read = entry;
    pending.then(
      (value) => {
        entry.value = value;
      },
      () => {
        if (read === entry) read = undefined;
      },
    );
    return pending;
  };
  const current = async () => {
    const v = await version();
    if (!parts || parts.version !== v) parts = { version: v, exact: new Map() };
    return parts;
  };
  /** Keeps a promise until it rejects: a store fault is answered once, not remembered. */
  const keep = <T>(promise: Promise<T>, forget: () => void): Promise<T> => {
    promise.catch(forget);
    return promise;
  };

  const cached: VersionCachedData = {
    version,
    rates: () => data.rates(),
    carriers: async () => {
      const p = await current();
      return (p.carriers ??= keep(data.carriers(), () => (p.carriers = undefined)));
    },
    devices: async () => {
      const p = await current();
      return (p.devices ??= keep(data.devices(), () => (p.devices = undefined)));
    },
    invalidate: () => {
      read = undefined;
    },
    knownVersion: () => (read && now() - read.at < ttlMs ? read.value : undefined),
  };
  const exactDevices = data.exactDevices?.bind(data);
  if (exactDevices) {
    cached.exactDevices = async (query) => {
      const p = await current();
      const hit = p.exact.get(query);
      if (hit) return hit;
      if (p.exact.size >= MAX_EXACT) p.exact.clear();
      const found = keep(exactDevices(query), () => p.exact.delete(query));
      p.exact.set(query, found);
      return found;
    };
  }
  return cached;
}
