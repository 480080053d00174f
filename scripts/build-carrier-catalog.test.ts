import { describe, expect, it } from 'vitest';
import { expectReproducible, itMatchesCommitted } from './test-support/committed-output.js';
import { CATALOG_PATH, catalogText, compileCarrierCatalog, readCatalogInputs } from './build-carrier-catalog.js';

describe('build-carrier-catalog', () => {
  const inputs = readCatalogInputs();
  const compact = compileCarrierCatalog(inputs);

  itMatchesCommitted(CATALOG_PATH, () => catalogText(compact), 'its inputs', 'npm run build:catalog');
  it('is deterministic and fixes its date from the inputs', () => {
    expectReproducible(() => catalogText(compileCarrierCatalog(readCatalogInputs())), catalogText(compact), compact, inputs.curated.map(({ record }) => record.checked));
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
