import type { Kysely } from 'kysely';
import type { StarterCatalog } from '../catalog/starter-devices.js';
import type { StoreSchema } from './schema.js';
import { bumpRevision, getMeta, removeDevices, setMeta, writeDevices } from './store-writes.js';

/**
 * Puts the starter catalog into the store when the store has none or an older version of it,
 * in one transaction. Starter devices dropped from `data/devices` are removed; imported
 * devices are left alone, except that a curated record takes over an imported one with the
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
    await writeDevices(trx, starter.devices, 'starter', 'data/devices');
    await setMeta(trx, 'starter_version', starter.version);
    await bumpRevision(trx);
    return true;
  });
}
