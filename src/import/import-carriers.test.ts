import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyStores } from '../store/test-support/store-fixtures.js';
import { importCarriers } from './import-carriers.js';
import { hasSharedData } from '../../test/support/shared-data.js';

const ATLAS = join(import.meta.dirname, '../../../shared/data/band-atlas');
const emptyStore = emptyStores();

describe.skipIf(!hasSharedData('band-atlas'))('importCarriers', () => {
  it('imports Band Atlas bands and network status as one overlay per operator', async () => {
    const store = await emptyStore();
    const bands = await importCarriers(store, join(ATLAS, 'network_bands.csv'));
    expect(bands).toMatchObject({ layout: 'network-bands', rows: 1728, carriers: 465, rejected: [] });
    const networks = await importCarriers(store, join(ATLAS, 'networks.csv'));
    expect(networks).toMatchObject({ layout: 'networks', rows: 465 });
    const ee = (await store.carrierOverlays()).find((o) => o.id === 'gb-ee');
    // network_bands.csv: GB,ee,LTE,B3,capacity,x,...; networks.csv: GB,ee,EE,...,sa yes, 2g planned 2033, 3g off 2024.
    expect(ee?.lte).toContainEqual({ band: 'B3', layer: 'capacity', confidence: 'x' });
    expect(ee).toMatchObject({ name: 'EE', country: 'GB', nrSa: true, gsm: { state: 'ending', date: '2033' }, umts: { state: 'off', date: '2024' } });
    expect(ee?.sources?.map((s) => s.ref)).toEqual(['network_bands.csv: GB,ee', 'networks.csv: GB,ee']);
  });

  it('rejects the whole file for one unknown band, naming its line', async () => {
    const store = await emptyStore();
    const dir = mkdtempSync(join(tmpdir(), 'bandfit-carriers-'));
    const file = join(dir, 'bands.csv');
    writeFileSync(file, 'country,operator_id,tech,band,layer,confidence,main_band,sources\nGB,ee,LTE,B3,capacity,x,yes,a\nGB,ee,LTE,B999,capacity,x,no,a\n');
    await expect(importCarriers(store, file)).rejects.toThrow('bands.csv line 3: band "B999" is not a LTE band of the registry');
    expect(await store.carrierOverlays()).toEqual([]);
  });
});
