import type { Kysely } from 'kysely';
import type { StarterCatalog } from '../catalog/starter-devices.js';
import type { StoreSchema } from './schema.js';
import { bumpRevision, getMeta, removeDevices, setMeta, writeDevices } from './store-writes.js';

/**
 * Puts the starter catalog into the store when the store has none or an older version of it,
 * in one transaction. Starter devices dropped from `data/devices` are removed; imported
 * devices are left alone, and phones the user taught (origin `user`) are never deleted or
 * overwritten; otherwise a curated record takes over an imported one with the
 * same id (the curated one lists every regional variant with sources).
 * Returns true when it wrote anything.
 */
export async function seedStarter(db: Kysely<StoreSchema>, starter: StarterCatalog): Promise<boolean> {
  if ((await getMeta(db, 'starter_version')) === starter.version) return false;
  return db.transaction().execute(async (trx) => {
    // Checked again inside the transaction: another process may have seeded meanwhile.
    if ((await getMeta(trx, 'starter_version')) === starter.version) return false;
    const keep = new Set(starter.devices.map((d) => d.id));
    const old = await trx.selectFrom('devices').select('id').where('origin', '=', 'starter').execute();
    await removeDevices(
      trx,
      old.map((row) => row.id).filter((id) => !keep.has(id)),
    );
    // A phone the user taught under a catalog id stays as taught: seeding never overwrites it.
    const taught = new Set((await trx.selectFrom('devices').select('id').where('origin', '=', 'user').execute()).map((row) => row.id));
    await writeDevices(trx, starter.devices.filter((d) => !taught.has(d.id)), 'starter', 'data/devices');
    await setMeta(trx, 'starter_version', starter.version);
    await bumpRevision(trx);
    return true;
  });
}
