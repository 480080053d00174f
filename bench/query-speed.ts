import { createSnapshot } from '../src/service/snapshot.js';
import { phonesQuery } from '../src/service/phones-query.js';
import { whereQuery } from '../src/service/queries.js';
import { dumpDevices } from './shared-data.js';

export interface QueryFigures {
  devices: number;
  carriers: number;
  whereMs: number;
  phonesMs: number;
  phonesCountryMs: number;
}

function medianMs(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    run();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[ms.length >> 1]! * 10) / 10;
}

/** `where` over every carrier in the world and `phones` over every device, with the dump imported. */
export async function querySpeed(): Promise<QueryFigures | { skipped: string }> {
  const devices = await dumpDevices();
  if (!devices) return { skipped: '../shared/data is absent' };
  const data = createSnapshot({ dataVersion: 'bench', devices });
  const catalog = data.carriers;
  return {
    devices: devices.length,
    carriers: catalog.carriers.length,
    whereMs: medianMs(() => whereQuery(data, { device: 'Xiaomi Mi 6' })),
    phonesMs: medianMs(() => phonesQuery(data, { country: 'US', carrier: 'T-Mobile', maxPrice: 400, currency: 'USD' })),
    phonesCountryMs: medianMs(() => phonesQuery(data, { country: 'DE' })),
  };
}
