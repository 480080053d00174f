import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { Carrier } from '../catalog/types.js';
import { checkQuery } from '../service/queries.js';
import { createSnapshot } from '../service/snapshot.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { dialectCases } from '../store/test-support/store-fixtures.js';
import { importCarriers } from './import-carriers.js';

const { cases, skipped } = dialectCases();
if (skipped) {
  describe('MVNOs over imported hosts on PostgreSQL', () => {
    it.skip(skipped, () => undefined);
  });
}

// A fixture catalog (not real networks): a host in DE with LTE B20/B3 and live 3G, and an MVNO on it.
const base = {
  country: 'DE', aliases: [], mccmnc: [], territories: [], origin: 'curated', nr: [],
  lte: [{ band: 'B20', layer: 'coverage' }, { band: 'B3', layer: 'capacity' }],
  gsm: { state: 'active' }, umts: { state: 'active' }, tdscdma: { state: 'unknown' }, cdma: { state: 'none' }, checked: '2026-11-01',
} satisfies Partial<Carrier>;
const catalog: CarrierCatalog = {
  formatVersion: 2, dataVersion: 'fixture', buildDate: '2026-11-01',
  carriers: [
    { ...base, id: 'de-fixture-net', name: 'Fixture Net', kind: 'mno', sources: [{ title: 'fixture host' }] },
    { ...base, id: 'de-fixture-virtual', name: 'Fixture Virtual', kind: 'mvno', host: 'de-fixture-net', sources: [{ title: 'fixture mvno' }, { title: 'fixture host' }] },
  ],
};

function bandAtlasFiles(): { bands: string; networks: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-mvno-'));
  const bands = join(dir, 'network_bands.csv');
  const networks = join(dir, 'networks.csv');
  writeFileSync(bands, 'country,operator_id,tech,band,layer,confidence,main_band,sources\nDE,fixture-net,LTE,B1,capacity,x,yes,a\n');
  writeFileSync(networks, 'country,operator_id,operator,group,sa,2g,2g_date,2g_source,3g,3g_date,3g_source\nDE,fixture-net,Fixture Net,,unknown,active,,,off,2021-06-30,b\n');
  return { bands, networks };
}

describe.each(cases)('MVNOs judged by a host with imported facts, on $name', (dialect) => {
  const open: Store[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });

  it('check with includeAll judges the MVNO on its host\'s imported bands and 3G switch-off', async () => {
    const store = await openStore({ ...(await dialect.fresh()), env: {}, starter: { devices: [], version: 'none' } });
    open.push(store);
    const snapshot = async () => createSnapshot({ dataVersion: await store.catalogVersion(), devices: [], overlays: await store.carrierOverlays(), catalog });
    const check = async () => checkQuery(await snapshot(), { bands: 'B1', country: 'DE', includeAll: true, asOf: '2026-12-01' }).results;
    const before = await check();
    expect(before.map((r) => [r.carrier.id, r.level])).toEqual([['de-fixture-net', 'none'], ['de-fixture-virtual', 'none']]);

    const files = bandAtlasFiles();
    await importCarriers(store, files.bands, { known: catalog.carriers });
    await importCarriers(store, files.networks, { known: catalog.carriers });
    const after = await check();
    const [host, virtual] = after;
    expect(host!.level).not.toBe('none');
    expect(virtual).toMatchObject({ carrier: { id: 'de-fixture-virtual', kind: 'mvno', host: 'de-fixture-net' }, level: host!.level, score: host!.score });
    const carriers = (await snapshot()).carriers.carriers;
    const mvno = carriers.find((c) => c.id === 'de-fixture-virtual')!;
    expect(mvno.lte).toEqual([{ band: 'B1', layer: 'coverage', confidence: 'x', from: 'lowest-band' }]);
    expect(mvno.umts).toMatchObject({ state: 'off', date: '2021-06-30' });
    expect(mvno.sources.map((s) => s.ref ?? s.title)).toEqual(['fixture mvno', 'fixture host', 'network_bands.csv: DE,fixture-net', 'networks.csv: DE,fixture-net']);
  });
});
