import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { BandfitError } from '../errors.js';

/** The model-number table of 0001 (dropped by 0003; its `down` makes it again, empty). */
async function createVariantModels(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('variant_models')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('variant_models_pk', ['model', 'variant_id'])
    .execute();
  await db.schema.createIndex('variant_models_device').on('variant_models').column('device_id').execute();
}

/**
 * The one list of migrations, used by both dialects. Only portable DDL goes here (text and
 * integer columns, primary keys, plain indexes), so SQLite and PostgreSQL always hold the same
 * schema. Append new migrations at the end; never edit one that has shipped.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('brand', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('source_file', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('devices_brand').on('devices').column('brand').execute();
      await db.schema.createIndex('devices_origin').on('devices').column('origin').execute();
      await createVariantModels(db);
      await db.schema
        .createTable('carrier_overlays')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('source_file', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      // A random id per store, so catalog versions (ETags) of two stores never collide.
      const storeId = Math.random().toString(36).slice(2, 10);
      await db
        .insertInto('meta')
        .values([
          { key: 'store_id', value: storeId },
          { key: 'revision', value: '0' },
        ])
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['meta', 'carrier_overlays', 'variant_models', 'devices']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  // TAC rows imported with `bandfit import tacs`: `models` is the JSON array of model codes,
  // `row` the file and line they came from; `origin` is `user` for every row written so far.
  '0002-user-tacs': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('user_tacs')
        .addColumn('tac', 'text', (c) => c.primaryKey())
        .addColumn('brand', 'text', (c) => c.notNull())
        .addColumn('models', 'text', (c) => c.notNull())
        .addColumn('row', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('user_tacs').ifExists().execute();
    },
  },
  // variant_models (model number → variant) was written with every device and read by nothing:
  // a phone is found by the one device resolver over the snapshot (resolveDevice), exact model
  // numbers included, and a second, SQL path for them is how two resolvers came to disagree
  // (issue 14). Dropped, so seeding and imports stop writing it.
  '0003-drop-variant-models': {
    async up(db: Kysely<any>) {
      await db.schema.dropTable('variant_models').ifExists().execute();
    },
    async down(db: Kysely<any>) {
      await createVariantModels(db);
    },
  },
};

/** The name of the last migration: the schema version the code expects. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).at(-1)!;

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/**
 * Whether the store's migrations are exactly the code's: one read instead of the migrator's six
 * statements on every command (most opens find the schema current).
 */
async function schemaIsCurrent(db: Kysely<any>): Promise<boolean> {
  try {
    const rows = await db.selectFrom('bandfit_migration').select('name').execute();
    const names = new Set(rows.map((r: { name: string }) => r.name));
    return names.size === Object.keys(MIGRATIONS).length && Object.keys(MIGRATIONS).every((name) => names.has(name));
  } catch {
    return false; // no migration table yet: a new store
  }
}

/** Brings the schema up to date; throws `E_STORE` if a migration fails or the store is newer. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  if (await schemaIsCurrent(db)) return;
  const migrator = new Migrator({ db, provider, migrationTableName: 'bandfit_migration', migrationLockTableName: 'bandfit_migration_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new BandfitError({ code: 'E_STORE', kind: 'migration-failed', reason: message }, { migration: failed }, error);
  }
  // A store written by a newer bandfit has migrations this code does not know: Kysely reports
  // that as an error above, so an old binary never writes into a newer schema.
}
