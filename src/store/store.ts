import type { TacRow } from '../catalog/tac-table.js';
import type { CarrierLayerRecord } from '../catalog/merge-carriers.js';
import type { Device } from '../catalog/types.js';
import type { DeviceOrigin } from './schema.js';

export type { DeviceOrigin } from './schema.js';

/**
 * A partial carrier record keyed by the catalog's carrier id (`carrierIdMap`), laid over the
 * compiled catalog by `mergeCarriers` (`partial` mode): the same record shape every carrier source is read into.
 */
export type CarrierOverlay = CarrierLayerRecord;

export interface UpsertResult {
  inserted: number;
  updated: number;
  /**
   * Imported records whose id is a starter (curated) device: the curated record is kept,
   * because it lists every regional variant while GSMArena dumps keep only the first line.
   */
  keptStarter: string[];
  /** Imported records whose id is a phone the user taught: the taught record is kept. */
  keptUser?: string[];
}

export interface UpsertOptions {
  origin: DeviceOrigin;
  /** Dataset file the records come from. */
  sourceFile?: string;
  /** Called as chunks are written, with the count of devices written so far. */
  onProgress?: (done: number) => void;
}

/**
 * The persistence API the CLI and HTTP server use. Every write runs in one transaction and
 * bumps `catalogVersion()`, so a failed or killed write leaves the store as it was.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** The SQLite file or the PostgreSQL URL without password. */
  readonly location: string;
  listDevices(filter?: { brand?: string; origin?: DeviceOrigin }): Promise<Device[]>;
  getDevice(id: string): Promise<Device | undefined>;
  /** Where each device came from, by id. */
  deviceOrigins(): Promise<Map<string, DeviceOrigin>>;
  countDevices(filter?: { origin?: DeviceOrigin }): Promise<number>;
  upsertDevices(devices: readonly Device[], options: UpsertOptions): Promise<UpsertResult>;
  /** Deletes devices by id; returns how many existed. */
  deleteDevices(ids: readonly string[]): Promise<number>;
  carrierOverlays(): Promise<CarrierOverlay[]>;
  /** Merges each overlay into the stored one with the same id (fields given replace fields kept). */
  upsertCarrierOverlays(overlays: readonly CarrierOverlay[], options?: { sourceFile?: string }): Promise<number>;
  /** TAC rows imported with `bandfit import tacs` (origin `user`). */
  listTacs(): Promise<TacRow[]>;
  /** Adds or replaces TAC rows in one transaction. */
  upsertTacs(rows: readonly TacRow[]): Promise<{ inserted: number; updated: number }>;
  /** Changes whenever stored data changes; suitable as an HTTP ETag. */
  catalogVersion(): Promise<string>;
  /** Version of the starter data seeded into the store (`undefined` before seeding). */
  starterVersion(): Promise<string | undefined>;
  close(): Promise<void>;
}
