import { loadCarrierCatalog, type CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { Device } from '../catalog/types.js';
import type { ExchangeRates } from '../engine/price.js';
import { applyCarrierOverlays } from './apply-carrier-overlays.js';
import { loadExchangeRates } from './exchange-rates.js';
import type { CarrierOverlay } from '../store/store.js';

/**
 * Everything a question is answered from, for one data version: the carriers (compiled catalog
 * with the store's overlays laid over it), the devices (starter catalog plus imported and
 * taught phones) with their name index, and the exchange rates. Immutable: new data makes a new
 * snapshot, never edits this one. The queries (`queries.ts`) are pure functions of a snapshot
 * and a typed query; the name index is built once per snapshot on the first device lookup
 * (`resolveDevice` keeps it per device list).
 */
export interface Snapshot {
  /** Changes whenever any of the data changes: the HTTP ETag, and the key of every cache. */
  readonly version: string;
  readonly carriers: CarrierCatalog;
  readonly devices: readonly Device[];
  readonly rates: ExchangeRates;
}

export interface SnapshotParts {
  /** The store's own version (its revision), or the starter catalog's version without a store. */
  dataVersion: string;
  devices: readonly Device[];
  overlays?: readonly CarrierOverlay[];
  /** Default: the bundled catalog. Tests pass small ones. */
  catalog?: CarrierCatalog;
  rates?: ExchangeRates;
}

/**
 * A snapshot from its parts.
 *
 * @example
 * const snapshot = createSnapshot({ dataVersion: 'test', devices: [mi6] });
 */
export function createSnapshot(parts: SnapshotParts): Snapshot {
  const catalog = parts.catalog ?? loadCarrierCatalog();
  const carriers = parts.overlays?.length ? { ...catalog, carriers: applyCarrierOverlays(catalog.carriers, parts.overlays) } : catalog;
  return Object.freeze({
    version: `${catalog.dataVersion}-${parts.dataVersion}`,
    carriers,
    devices: Object.freeze([...parts.devices]),
    rates: parts.rates ?? loadExchangeRates(),
  });
}
