import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itMatchesCommitted } from './test-support/committed-output.js';
import { decodeTacCatalog, type CompactTacCatalog } from '../src/catalog/tac-catalog.js';
import { compileTacCatalog, readTacTables, TAC_CATALOG_PATH, TAC_DIR, tacCatalogText } from './build-tac-catalog.js';

const present = existsSync(TAC_DIR);
if (!present) console.warn('skipped: ../shared/data/tac not found');

describe.skipIf(!present)('build-tac-catalog', () => {
  const compact = present ? compileTacCatalog(readTacTables()) : ({} as CompactTacCatalog);

  itMatchesCommitted(TAC_CATALOG_PATH, () => tacCatalogText(compact), '../shared/data/tac', 'npm run build:tacs');

  it('states each table\'s credit line and licence, and keeps every TAC of both', () => {
    expect(compact.sources.map((s) => [s.id, s.licence])).toEqual([['samsung', 'MIT'], ['osmocom', 'CC-BY-SA-3.0']]);
    expect(compact.sources[1]!.credit).toBe('Osmocom TAC database under CC-BY-SA v3.0 (c) Harald Welte 2016');
    expect(compact.licence).toContain('CC-BY-SA 3.0');
    expect(compact.sources[0]!.tacs).toBeGreaterThan(8000);
    expect(compact.sources[1]!.tacs).toBeGreaterThan(22000);
  });

  it('finds the exact Samsung variant and the Osmocom row with its model codes', () => {
    const catalog = decodeTacCatalog(compact);
    expect(catalog.find('35799425')).toMatchObject({ brand: 'Samsung', models: ['SM-S928U'], row: 'samsung-tacs.csv, TAC 35799425' });
    expect(catalog.find('35544207')).toMatchObject({ brand: 'Apple', models: ['iPhone SE', 'A1662', 'A1723'], source: 'Osmocom TAC database (CC-BY-SA-3.0)' });
    // Listed twice in the Samsung table: the code both lines name.
    expect(catalog.find('35001390')?.models).toEqual(['SM-A336B']);
    expect(catalog.find('00000000')).toBeUndefined();
  });

  it('changes dataVersion when a table changes', () => {
    const small = { samsung: 'tac,model\n35000001,SM-X\n', osmocom: 'licence\ntac,name,name\n35000002,Fixture,F1\n' };
    const one = compileTacCatalog(small);
    expect(compileTacCatalog(small).dataVersion).toBe(one.dataVersion);
    expect(compileTacCatalog({ ...small, samsung: `${small.samsung}35000003,SM-Y\n` }).dataVersion).not.toBe(one.dataVersion);
  });
});
