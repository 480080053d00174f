import { loadCarrierCatalog, type CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { Device } from '../catalog/types.js';
import type { Store } from '../store/store.js';
import type { BandfitData } from './bandfit-data.js';
import { loadExchangeRates } from './exchange-rates.js';
import { applyCarrierOverlays } from './apply-carrier-overlays.js';

/**
 * The data behind the CLI and the server: the compiled carrier catalog with the store's
 * carrier overlays laid over it, and the store's devices. Devices are cached per store
 * version, so many server instances on one PostgreSQL store agree.
 */
export function storeData(openStore: () => Promise<Store>): BandfitData {
  let cache: { version: string; devices: Promise<Device[]>; carriers: Promise<CarrierCatalog> } | undefined;
  const current = async () => {
    const store = await openStore();
    const version = await store.catalogVersion();
    if (!cache || cache.version !== version) {
      cache = {
        version,
        devices: store.listDevices(),
        carriers: store.carrierOverlays().then((overlays) => {
          const catalog = loadCarrierCatalog();
          return overlays.length ? { ...catalog, carriers: applyCarrierOverlays(catalog.carriers, overlays) } : catalog;
        }),
      };
    }
    return cache;
  };
  return {
    carriers: async () => (await current()).carriers,
    devices: async () => (await current()).devices,
    rates: loadExchangeRates,
    version: async () => `${loadCarrierCatalog().dataVersion}-${(await current()).version}`,
  };
}
