import { loadCarrierCatalog } from '../src/catalog/carrier-catalog.js';
import type { BandfitData } from '../src/service/bandfit-data.js';
import { loadExchangeRates } from '../src/service/exchange-rates.js';
import { phonesQuery, whereQuery } from '../src/service/queries.js';
import { dumpDevices } from './shared-data.js';

export interface QueryFigures {
  devices: number;
  carriers: number;
  whereMs: number;
  phonesMs: number;
  phonesCountryMs: number;
}

async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    await run();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[ms.length >> 1]! * 10) / 10;
}

/** `where` over every carrier in the world and `phones` over every device, with the dump imported. */
export async function querySpeed(): Promise<QueryFigures | { skipped: string }> {
  const devices = await dumpDevices();
  if (!devices) return { skipped: '../shared/data is absent' };
  const catalog = loadCarrierCatalog();
  const data: BandfitData = {
    carriers: async () => catalog,
    devices: async () => devices,
    rates: loadExchangeRates,
    version: async () => 'bench',
  };
  return {
    devices: devices.length,
    carriers: catalog.carriers.length,
    whereMs: await medianMs(() => whereQuery(data, { device: 'Xiaomi Mi 6' })),
    phonesMs: await medianMs(() => phonesQuery(data, { country: 'US', carrier: 'T-Mobile', maxPrice: 400, currency: 'USD' })),
    phonesCountryMs: await medianMs(() => phonesQuery(data, { country: 'DE' })),
  };
}
