import type { Store } from '../store/store.js';
import { createSnapshot, type Snapshot } from './snapshot.js';

/**
 * The current snapshot of a store's data: the one cache of bandfit. The CLI and the server
 * each hold one; the queries take the snapshot it gives.
 */
export interface SnapshotSource {
  /** The snapshot of the store's current data version, loaded once per version. */
  current(): Promise<Snapshot>;
  /** The version read within the last `ttlMs`, once that read has finished; else `undefined`. */
  knownVersion(): string | undefined;
  /** Forget the version read, so the next `current()` reads it again (after an import here). */
  invalidate(): void;
}

export interface SnapshotSourceOptions {
  /**
   * How long a version read is trusted. The server reads it at most once a second (a change made
   * by another process, a CLI import or another server on the same PostgreSQL, shows within it;
   * answers already allow 60 s of staleness); a CLI command, which lives for one answer, reads it
   * once (`Infinity`, the default).
   */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Snapshots of a store: one version read per `ttlMs`, one load (overlays and devices) per new
 * version, shared by concurrent callers. A failed read or load is not kept, so the next call
 * tries again (a PostgreSQL outage is answered with `E_STORE` and recovers by itself).
 *
 * @example
 * const source = storeSnapshots(() => openStore({ env }), { ttlMs: 1000 });
 * const answer = checkQuery(await source.current(), { device: 'Xiaomi Mi 6', country: 'US' });
 */
export function storeSnapshots(openStore: () => Promise<Store>, options: SnapshotSourceOptions = {}): SnapshotSource {
  const ttlMs = options.ttlMs ?? Infinity;
  const now = options.now ?? Date.now;
  let read: { at: number; snapshot: Promise<Snapshot>; version?: string } | undefined;
  let loaded: { storeVersion: string; snapshot: Promise<Snapshot> } | undefined;

  const load = async (): Promise<Snapshot> => {
    const store = await openStore();
    const storeVersion = await store.catalogVersion();
    if (loaded?.storeVersion !== storeVersion) {
      const pending = Promise.all([store.carrierOverlays(), store.listDevices(), store.listTacs()]).then(([overlays, devices, tacs]) =>
        createSnapshot({ dataVersion: storeVersion, devices, overlays, tacs }),
      );
      const entry = { storeVersion, snapshot: pending };
      loaded = entry;
      pending.catch(() => {
        if (loaded === entry) loaded = undefined;
      });
    }
    return loaded.snapshot;
  };

  return {
    current() {
      if (read && now() - read.at < ttlMs) return read.snapshot;
      const entry: NonNullable<typeof read> = { at: now(), snapshot: load() };
      read = entry;
      entry.snapshot.then(
        (snapshot) => {
          entry.version = snapshot.version;
        },
        () => {
          if (read === entry) read = undefined;
        },
      );
      return entry.snapshot;
    },
    knownVersion: () => (read && now() - read.at < ttlMs ? read.version : undefined),
    invalidate: () => {
      read = undefined;
    },
  };
}
