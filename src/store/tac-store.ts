import type { Kysely } from 'kysely';
import type { TacRow } from '../catalog/tac-table.js';
import { BandfitError } from '../errors.js';
import type { StoreSchema } from './schema.js';
import { bumpRevision, chunks } from './store-writes.js';

type Db = Kysely<StoreSchema>;

/** Every imported TAC row, by TAC. */
export async function listTacs(db: Db): Promise<TacRow[]> {
  const rows = await db.selectFrom('user_tacs').select(['tac', 'brand', 'models', 'row']).orderBy('tac').execute();
  return rows.map((r) => {
    try {
      return { tac: r.tac, brand: r.brand, models: JSON.parse(r.models) as string[], row: r.row };
    } catch (cause) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'stored-tac-not-json', tac: r.tac }, { tac: r.tac }, cause);
    }
  });
}

/**
 * Writes TAC rows with origin `user` in one transaction (a TAC already imported is replaced)
 * and bumps the revision, so the next snapshot answers them.
 */
export async function upsertTacs(db: Db, rows: readonly TacRow[]): Promise<{ inserted: number; updated: number }> {
  return db.transaction().execute(async (trx) => {
    const byTac = new Map(rows.map((r) => [r.tac, r]));
    let updated = 0;
    const now = new Date().toISOString();
    for (const part of chunks([...byTac.values()])) {
      const held = await trx.selectFrom('user_tacs').select('tac').where('tac', 'in', part.map((r) => r.tac)).execute();
      updated += held.length;
      const values = part.map((r) => ({ tac: r.tac, brand: r.brand, models: JSON.stringify(r.models), row: r.row, origin: 'user' as const, updated_at: now }));
      await trx
        .insertInto('user_tacs')
        .values(values)
        .onConflict((oc) =>
          oc.column('tac').doUpdateSet((eb) => ({
            brand: eb.ref('excluded.brand'),
            models: eb.ref('excluded.models'),
            row: eb.ref('excluded.row'),
            origin: eb.ref('excluded.origin'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    if (byTac.size) await bumpRevision(trx);
    return { inserted: byTac.size - updated, updated };
  });
}
