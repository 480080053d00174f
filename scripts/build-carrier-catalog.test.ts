import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_PATH, catalogText, compileCarrierCatalog, readCatalogInputs } from './build-carrier-catalog.js';

describe('build-carrier-catalog', () => {
  const inputs = readCatalogInputs();
  const compact = compileCarrierCatalog(inputs);

  it('catalog/carriers.json matches its inputs (if not: run npm run build:catalog)', () => {
    const committed = readFileSync(CATALOG_PATH, 'utf8');
    expect(committed === catalogText(compact), 'catalog/carriers.json drifted from its inputs: run npm run build:catalog').toBe(true);
  });
  it('is deterministic and fixes its date from the inputs', () => {
    expect(catalogText(compileCarrierCatalog(readCatalogInputs()))).toBe(catalogText(compact));
    expect(compact.buildDate).toBe(inputs.curated.map(({ record }) => record.checked).sort().at(-1));
    expect(compact.dataVersion).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes dataVersion when an input changes', () => {
    const changed = compileCarrierCatalog({ ...inputs, hashed: [...inputs.hashed, 'one more byte'] });
    expect(changed.dataVersion).not.toBe(compact.dataVersion);
  });
  it('keeps every curated record and cites a source for every carrier', () => {
    expect(compact.carriers.filter((c) => c.origin === 'curated')).toHaveLength(inputs.curated.length);
    for (const carrier of compact.carriers) expect((carrier.sources as unknown[]).length).toBeGreaterThan(0);
  });
});
