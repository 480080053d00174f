import { sql, type Kysely } from 'kysely';
import type { Device } from '../catalog/types.js';
import { BandfitError } from '../errors.js';
import type { StoreSchema } from './schema.js';
import type { CarrierOverlay, Store, UpsertResult } from './store.js';
import { bumpRevision, chunks, existingOrigins, getMeta, removeDevices, writeDevices } from './store-writes.js';
import { listTacs, upsertTacs } from './tac-store.js';

function parseRecord<T>(text: string, id: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'stored-record-not-json', id }, { id }, cause);
  }
}

/**
 * Every method with driver failures (SQLite I/O or corruption, PostgreSQL down or restarting)
 * turned into `E_STORE`, so callers see the store's code (HTTP 503) instead of an unknown error
 * (HTTP 500). The project's own errors pass through unchanged.
 */
function withStoreErrors(store: Store): Store {
  const guarded: Record<string, unknown> = { ...store };
  for (const [key, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue;
    guarded[key] = async (...args: unknown[]) => {
      try {
        return await method.apply(store, args);
      } catch (cause) {
        if (cause instanceof BandfitError) throw cause;
        throw new BandfitError({ code: 'E_STORE', kind: 'store-failed', where: store.location, reason: (cause as Error)?.message ?? String(cause) }, {}, cause);
      }
    };
  }
  return guarded as unknown as Store;
}

const VERSION_KEYS = ['store_id', 'revision', 'starter_version'];

/** The meta rows the store's version is made of, in one read. */
export async function readVersionMeta(db: Kysely<StoreSchema>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).where('key', 'in', VERSION_KEYS).execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

/**
 * The `Store` over any Kysely database with the bandfit schema. Dialect differences stay in
 * `openStore`; everything here is portable SQL. `openedMeta` is the version meta `openStore`
 * read to decide on seeding: the first `catalogVersion()` answers from it instead of reading it
 * again (a CLI command asks right after opening), unless this store has written since.
 */
export function createSqlStore(db: Kysely<StoreSchema>, dialect: Store['dialect'], location: string, openedMeta?: Map<string, string>): Store {
  let opened = openedMeta;
  return withStoreErrors({
    dialect,
    location,

    async listDevices(filter = {}) {
      let query = db.selectFrom('devices').select(['id', 'record']).orderBy('id');
      if (filter.brand) query = query.where(sql<string>`lower(brand)`, '=', filter.brand.toLowerCase());
      if (filter.origin) query = query.where('origin', '=', filter.origin);
      const rows = await query.execute();
      return rows.map((row) => parseRecord<Device>(row.record, row.id));
    },

    async getDevice(id) {
      const row = await db.selectFrom('devices').select('record').where('id', '=', id).executeTakeFirst();
      return row ? parseRecord<Device>(row.record, id) : undefined;
    },

    async deviceOrigins() {
      const rows = await db.selectFrom('devices').select(['id', 'origin']).execute();
      return new Map(rows.map((row) => [row.id, row.origin]));
    },

    async countDevices(filter = {}) {
      let query = db.selectFrom('devices').select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
      if (filter.origin) query = query.where('origin', '=', filter.origin);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async upsertDevices(devices, options) {
      opened = undefined;
      // Within one batch the last record of an id wins, as a re-import would.
      const byId = new Map(devices.map((d) => [d.id, d]));
      return db.transaction().execute(async (trx): Promise<UpsertResult> => {
        const existing = await existingOrigins(trx, [...byId.keys()]);
        const keptStarter: string[] = [];
        const keptUser: string[] = [];
        const toWrite: Device[] = [];
        for (const device of byId.values()) {
          const was = existing.get(device.id);
          if (options.origin === 'import' && was === 'starter') keptStarter.push(device.id);
          // A taught phone is the user's own word: only another teach (or its removal) replaces it.
          else if (options.origin === 'import' && was === 'user') keptUser.push(device.id);
          else toWrite.push(device);
        }
        await writeDevices(trx, toWrite, options.origin, options.sourceFile, options.onProgress);
        if (toWrite.length > 0) await bumpRevision(trx);
        const updated = toWrite.filter((d) => existing.has(d.id)).length;
        return { inserted: toWrite.length - updated, updated, keptStarter, ...(keptUser.length ? { keptUser } : {}) };
      });
    },

    async deleteDevices(ids) {
      opened = undefined;
      return db.transaction().execute(async (trx) => {
        const removed = await removeDevices(trx, ids);
        if (removed > 0) await bumpRevision(trx);
        return removed;
      });
    },

    async carrierOverlays() {
      const rows = await db.selectFrom('carrier_overlays').select(['id', 'record']).orderBy('id').execute();
      return rows.map((row) => parseRecord<CarrierOverlay>(row.record, row.id));
    },

    async upsertCarrierOverlays(overlays, options = {}) {
      opened = undefined;
      if (overlays.length === 0) return 0;
      return db.transaction().execute(async (trx) => {
        const merged = new Map<string, CarrierOverlay>();
        for (const part of chunks(overlays.map((o) => o.id))) {
          const rows = await trx.selectFrom('carrier_overlays').select(['id', 'record']).where('id', 'in', part).execute();
          for (const row of rows) merged.set(row.id, parseRecord<CarrierOverlay>(row.record, row.id));
        }
        for (const overlay of overlays) merged.set(overlay.id, { ...merged.get(overlay.id), ...overlay });
        const now = new Date().toISOString();
        for (const part of chunks([...merged.values()])) {
          const rows = part.map((o) => ({ id: o.id, country: o.country, record: JSON.stringify(o), source_file: options.sourceFile ?? null, updated_at: now }));
          await trx
            .insertInto('carrier_overlays')
            .values(rows)
            .onConflict((oc) =>
              oc.column('id').doUpdateSet((eb) => ({
                country: eb.ref('excluded.country'),
                record: eb.ref('excluded.record'),
                source_file: eb.ref('excluded.source_file'),
                updated_at: eb.ref('excluded.updated_at'),
              })),
            )
            .execute();
        }
        await bumpRevision(trx);
        return overlays.length;
      });
    },

    listTacs: () => listTacs(db),
    upsertTacs: (rows) => {
      opened = undefined;
      return upsertTacs(db, rows);
    },

    async catalogVersion() {
      // One read of the three keys: every snapshot source asks this once per version window.
      const meta = opened ?? (await readVersionMeta(db));
      opened = undefined;
      const [storeId, revision, starter] = [meta.get('store_id'), meta.get('revision'), meta.get('starter_version')];
      return `${storeId ?? 'store'}-${revision ?? '0'}-${(starter ?? 'none').slice(0, 8)}`;
    },

    async starterVersion() {
      return getMeta(db, 'starter_version');
    },

    async close() {
      await db.destroy();
    },
  });
}
