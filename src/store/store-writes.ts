import type { Kysely } from 'kysely';
import type { Device } from '../catalog/types.js';
import type { DeviceOrigin, StoreSchema } from './schema.js';

/**
 * The write steps every store change is made of. Each takes the transaction it runs in, so
 * callers compose them into one all-or-nothing write.
 */
type Db = Kysely<StoreSchema>;

/** Rows per multi-row statement: 7 columns × 400 stays far below SQLite's 32,766 and PostgreSQL's 65,535 parameter limits. */
export const CHUNK = 400;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function getMeta(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Every data change bumps the revision in the same transaction: `catalogVersion()` reads it. */
export async function bumpRevision(db: Db): Promise<void> {
  const current = Number((await getMeta(db, 'revision')) ?? '0');
  await setMeta(db, 'revision', String(current + 1));
}

/** Origins of the given ids that are already stored. */
export async function existingOrigins(db: Db, ids: readonly string[]): Promise<Map<string, DeviceOrigin>> {
  const found = new Map<string, DeviceOrigin>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('devices').select(['id', 'origin']).where('id', 'in', part).execute();
    for (const row of rows) found.set(row.id, row.origin);
  }
  return found;
}

/** Inserts or replaces devices. */
export async function writeDevices(
  db: Db,
  devices: readonly Device[],
  origin: DeviceOrigin,
  sourceFile?: string,
  onProgress?: (done: number) => void,
): Promise<void> {
  const now = new Date().toISOString();
  let done = 0;
  for (const part of chunks(devices)) {
    const rows = part.map((d) => ({
      id: d.id,
      brand: d.brand,
      name: d.name,
      record: JSON.stringify(d),
      origin,
      source_file: sourceFile ?? null,
      updated_at: now,
    }));
    await db
      .insertInto('devices')
      .values(rows)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          brand: eb.ref('excluded.brand'),
          name: eb.ref('excluded.name'),
          record: eb.ref('excluded.record'),
          origin: eb.ref('excluded.origin'),
          source_file: eb.ref('excluded.source_file'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
    done += part.length;
    onProgress?.(done);
  }
}

/** Deletes devices; returns how many existed. */
export async function removeDevices(db: Db, ids: readonly string[]): Promise<number> {
  let removed = 0;
  for (const part of chunks(ids)) {
    const result = await db.deleteFrom('devices').where('id', 'in', part).executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}
