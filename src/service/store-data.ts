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
  interface Cached {
    version: string;
    devices?: Promise<Device[]>;
    carriers?: Promise<CarrierCatalog>;
  }
  let cache: Cached | undefined;
  const current = async (): Promise<{ store: Store; cached: Cached }> => {
    const store = await openStore();
    const version = await store.catalogVersion();
    if (!cache || cache.version !== version) cache = { version };
    return { store, cached: cache };
  };
  // Each part loads on first use, so a command that needs no device list never reads one.
  const withOverlays = async (store: Store) => {
    const overlays = await store.carrierOverlays();
    const catalog = loadCarrierCatalog();
    return overlays.length ? { ...catalog, carriers: applyCarrierOverlays(catalog.carriers, overlays) } : catalog;
  };
  return {
    carriers: async () => {
      const { store, cached } = await current();
      return (cached.carriers ??= withOverlays(store));
    },
    devices: async () => {
      const { store, cached } = await current();
      return (cached.devices ??= store.listDevices());
    },
    exactDevices: async (query) => {
      const store = await openStore();
      const byModel = await store.findByModel(query);
      if (byModel.length) return byModel.map((m) => ({ device: m.device, ...(m.device.variants.length > 1 ? { variant: m.variant.id } : {}) }));
      return (await store.findByName(query)).map((device) => ({ device }));
    },
    rates: loadExchangeRates,
    version: async () => `${loadCarrierCatalog().dataVersion}-${(await current()).cached.version}`,
  };
}
