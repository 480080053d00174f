/**
 * The store's tables as Kysely sees them. Device and carrier records are kept whole as JSON
 * text (the same shape as `data/devices/*.json`), so one schema serves SQLite and PostgreSQL
 * alike and a record never loses a field the columns do not know about. The other columns are
 * the few keys queries filter on.
 */
export interface DevicesTable {
  id: string;
  brand: string;
  name: string;
  /** `JSON.stringify(device)`. */
  record: string;
  origin: DeviceOrigin;
  /** Dataset file and row the record came from, for imports (`data_tidy_2.csv`). */
  source_file: string | null;
  /** ISO timestamp of the last write. */
  updated_at: string;
}

/**
 * `starter`: seeded from `data/devices`; `import`: written by `bandfit import devices`; `user`:
 * taught with `bandfit devices add` (never overwritten or deleted by seeding or imports).
 */
export type DeviceOrigin = 'starter' | 'import' | 'user';

/** Partial carrier records from `bandfit import carriers`, laid over the compiled catalog. */
export interface CarrierOverlaysTable {
  id: string;
  country: string;
  record: string;
  source_file: string | null;
  updated_at: string;
}

/** TAC rows imported by the user (`bandfit import tacs`), asked before the compiled TAC catalog. */
export interface UserTacsTable {
  tac: string;
  brand: string;
  /** `JSON.stringify(models)`: the model, then the other model codes of the row. */
  models: string;
  /** File and line the row came from (`my-tacs.csv line 3`). */
  row: string;
  origin: 'user';
  updated_at: string;
}

/** Key-value facts about the store: schema, starter data and data revision. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface StoreSchema {
  devices: DevicesTable;
  carrier_overlays: CarrierOverlaysTable;
  user_tacs: UserTacsTable;
  meta: MetaTable;
}
