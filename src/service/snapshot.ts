import { loadCarrierCatalog, type CarrierCatalog } from '../catalog/carrier-catalog.js';
import { mergeCarriers } from '../catalog/merge-carriers.js';
import type { Device } from '../catalog/types.js';
import type { ExchangeRates } from '../engine/price.js';
import { loadExchangeRates } from './exchange-rates.js';
import type { CarrierOverlay } from '../store/store.js';
import type { TacCatalog } from '../catalog/tac-catalog.js';
import type { TacRow } from '../catalog/tac-table.js';
import { tacLookup, type TacLookup } from './tac-lookup.js';

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
  /** TAC → phone: imported rows, then the compiled TAC catalog (read on first use). */
  readonly tacs: TacLookup;
}

export interface SnapshotParts {
  /** The store's own version (its revision), or the starter catalog's version without a store. */
  dataVersion: string;
  devices: readonly Device[];
  overlays?: readonly CarrierOverlay[];
  /** Default: the bundled catalog. Tests pass small ones. */
  catalog?: CarrierCatalog;
  rates?: ExchangeRates;
  /** TAC rows imported into the store (`bandfit import tacs`). */
  tacs?: readonly TacRow[];
  /** Default: the bundled `catalog/tacs.json`, loaded on the first IMEI question. Tests pass small ones. */
  tacCatalog?: () => TacCatalog;
}

/**
 * A snapshot from its parts.
 *
 * @example
 * const snapshot = createSnapshot({ dataVersion: 'test', devices: [mi6] });
 */
export function createSnapshot(parts: SnapshotParts): Snapshot {
  const catalog = parts.catalog ?? loadCarrierCatalog();
  // Imported overlays go through the build's own merge: coverage filled, MVNOs on their changed host.
  const carriers = parts.overlays?.length ? { ...catalog, carriers: mergeCarriers(catalog.carriers, parts.overlays, { records: 'partial' }) } : catalog;
  return Object.freeze({
    version: `${catalog.dataVersion}-${parts.dataVersion}`,
    carriers,
    devices: Object.freeze([...parts.devices]),
    rates: parts.rates ?? loadExchangeRates(),
    tacs: tacLookup(parts.tacs ?? [], parts.tacCatalog),
  });
}
