import type { CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { Device } from '../catalog/types.js';
import type { ExchangeRates } from '../engine/price.js';

/**
 * What the queries read: carriers (compiled catalog plus overlays), devices (store) and the
 * exchange-rate table. The CLI and the HTTP server each supply one; tests supply fixtures.
 */
export interface BandfitData {
  /** The carrier catalog, with imported overlays applied. */
  carriers(): Promise<CarrierCatalog>;
  devices(): Promise<Device[]>;
  /**
   * Devices matched exactly by name or model number, without loading every device: the
   * fast path of `findDevice`. Optional; an empty list means "search them all".
   */
  exactDevices?(query: string): Promise<{ device: Device; variant?: string }[]>;
  rates(): ExchangeRates;
  /** Changes whenever the data changes (ETag for HTTP). */
  version(): Promise<string>;
}
