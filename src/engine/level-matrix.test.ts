import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import { loadCarrierCatalog } from '../catalog/carrier-catalog.js';
import { loadStarterDevices } from '../catalog/starter-devices.js';
import type { Carrier, Variant } from '../catalog/types.js';
import { ALL_FIXTURES, unknownBands } from '../../test/fixtures/carriers.js';
import { variantProfile } from './best-verdict.js';
import { checkCompatibility } from './check-compatibility.js';
import { levelMatrix } from './level-matrix.js';

type Phone = Pick<Variant, 'bands' | 'volte' | 'nrModes'>;

/** Every pair's batch level and score against `checkCompatibility`'s; returns the pairs seen. */
function expectSameAsCheck(phones: Phone[], carriers: Carrier[], asOf?: string): number {
  const m = levelMatrix(phones, carriers, asOf);
  carriers.forEach((carrier, c) =>
    phones.forEach((phone, i) => {
      const v = checkCompatibility(variantProfile({ id: 'x', label: 'x', ...phone }), carrier, asOf);
      expect(m.level(i, c)).toBe(v.level);
      expect(m.score(i, c)).toBe(v.score);
    }),
  );
  return m.phones * m.carriers;
}

const ids = BANDS.map((b) => b.id);
const phoneArb = fc.record(
  {
    bands: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 25 }),
    volte: fc.constantFrom(true, false),
    nrModes: fc.constantFrom<Variant['nrModes'][]>(['NSA'], ['SA', 'NSA'], ['SA']),
  },
  { requiredKeys: ['bands'] },
);

describe('levelMatrix', () => {
  it('gives each pair the level and score checkCompatibility gives, on any date', () => {
    const dates = fc.constantFrom(undefined, '2026-06-15', '2030-01-01');
    fc.assert(
      fc.property(fc.array(phoneArb, { minLength: 1, maxLength: 10 }), dates, (phones, asOf) => {
        expectSameAsCheck(phones, [...ALL_FIXTURES, unknownBands], asOf);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with checkCompatibility on a sample of the real catalogs', async () => {
    const phones = (await loadStarterDevices()).flatMap((d) => d.variants).filter((_, i) => i % 3 === 0);
    const carriers = loadCarrierCatalog().carriers.filter((_, i) => i % 25 === 0);
    expect(expectSameAsCheck(phones, carriers, '2026-12-01')).toBeGreaterThan(1000);
  });

  it('says unknown, with no score, for a phone with no known band', () => {
    const m = levelMatrix([{ bands: [] }, { bands: ['B3'] }], ALL_FIXTURES);
    expect(m.level(0, 0)).toBe('unknown');
    expect(m.score(0, 0)).toBeNull();
    expect(m.codes.length).toBe(2 * ALL_FIXTURES.length);
  });

  it('fills the arrays it is given, and refuses ones of another size', () => {
    const first = levelMatrix([{ bands: ['B3'] }, { bands: [] }], ALL_FIXTURES);
    const again = levelMatrix([{ bands: [] }, { bands: ['B3'] }], ALL_FIXTURES, undefined, first);
    expect(again.codes).toBe(first.codes);
    expect(again.level(0, 0)).toBe('unknown');
    expect(again.level(1, 0)).not.toBe('unknown');
    expect(() => levelMatrix([{ bands: ['B3'] }], ALL_FIXTURES, undefined, first)).toThrow(/not 6/);
  });
});
