import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCarrierCatalog } from '../../src/catalog/carrier-catalog.js';
import { carrierIdMap } from '../../src/catalog/carrier-ids.js';
import { hasSharedData, sharedPath } from '../support/shared-data.js';
import { runCli } from './run-cli.js';

/**
 * Band Atlas rows name networks by their own slug (`DE,telekom-de`); imported, they must refine
 * the catalog's network (`de-telekom`), not add a second Telekom beside it.
 */
describe.skipIf(!hasSharedData('band-atlas'))('bandfit import carriers (Band Atlas)', () => {
  it('gives every network of network_bands.csv an id the catalog knows', () => {
    const catalog = loadCarrierCatalog();
    const ids = carrierIdMap(catalog.carriers);
    const known = new Set(catalog.carriers.map((c) => c.id));
    const rows = readFileSync(sharedPath('band-atlas', 'network_bands.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
    const networks = new Set(rows.map(([country, operatorId]) => `${country},${operatorId}`));
    expect(networks.size).toBe(465);
    const unknown = [...networks].filter((key) => {
      const [country = '', operatorId = ''] = key.split(',');
      return !known.has(ids.idOf({ source: 'band-atlas', country, operatorId }));
    });
    expect(unknown).toEqual([]);
  });

  it('after importing the atlas, check --country DE lists each network once', async () => {
    const env = { BANDFIT_DB: join(mkdtempSync(join(tmpdir(), 'bandfit-atlas-')), 'store.db') };
    for (const file of ['network_bands.csv', 'networks.csv']) {
      const imported = await runCli(['import', 'carriers', sharedPath('band-atlas', file)], env);
      expect(imported.code, imported.err).toBe(0);
    }
    const r = await runCli(['check', 'Xiaomi Mi 6', '--country', 'DE', '--json'], env);
    expect(r.code, r.err).toBe(0);
    const carriers = (JSON.parse(r.out) as { results: { carrier: { id: string; name: string; sources: { ref?: string }[] } }[] }).results.map((x) => x.carrier);
    const ids = carriers.map((c) => c.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toEqual(expect.arrayContaining(['de-telekom', 'de-vodafone', 'de-o2']));
    expect(ids.filter((id) => /^de-(telekom|vodafone|o2)-de$/.test(id))).toEqual([]);
    // The imported facts landed on the catalog's network.
    const telekom = carriers.find((c) => c.id === 'de-telekom');
    expect(telekom?.sources.map((s) => s.ref)).toContain('network_bands.csv: DE,telekom-de');
  });
});
