import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import { ALL_FIXTURES } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';
import { compiledCarrier } from './compiled-carrier.js';
import { LEVEL_CODES } from './verdict-kernel.js';
import { judgeMatrix, packPhones } from './verdict-matrix.js';

const ids = BANDS.map((b) => b.id);
const variantArb = fc.record({
  bands: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 25 }),
  volte: fc.constantFrom(true, false, undefined),
});

describe('judgeMatrix', () => {
  // Before and after the fixtures' dated switch-offs (China Unicom-like 3G 2026-06-15, 2G 2027).
  const dates = fc.constantFrom(undefined, '2026-01-01', '2026-06-15', '2027-12-31', '2030-01-01');
  it('gives every pair the same level and score as checkCompatibility, duplicates included, on any date', () => {
    fc.assert(
      fc.property(fc.array(variantArb, { minLength: 1, maxLength: 12 }), dates, (drawn, asOf) => {
        const variants = [...drawn, ...drawn.slice(0, 3)];
        const phones = packPhones(variants);
        const carriers = [...ALL_FIXTURES, ALL_FIXTURES[0]!].map((c) => compiledCarrier(c, asOf));
        const codes = new Uint8Array(carriers.length * variants.length);
        const scores = new Float32Array(codes.length);
        judgeMatrix(phones, carriers, codes, scores);
        [...ALL_FIXTURES, ALL_FIXTURES[0]!].forEach((carrier, c) => {
          variants.forEach((v, i) => {
            const verdict = checkCompatibility({ bands: bandSetOf(v.bands), ...(v.volte === undefined ? {} : { volte: v.volte }) }, carrier, asOf);
            expect(LEVEL_CODES[codes[c * variants.length + i]! & 7]).toBe(verdict.level);
            const score = scores[c * variants.length + i]!;
            if (verdict.score === null) expect(score).toBeNaN();
            else expect(score).toBeCloseTo(verdict.score, 5);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('stores each distinct band list once', () => {
    const phones = packPhones([{ bands: ['B1', 'B3'] }, { bands: ['B3', 'B1'] }, { bands: ['B1', 'B3'], volte: true }]);
    expect(phones.distinct).toBe(2);
    expect(Array.from(phones.slot)).toEqual([0, 0, 1]);
  });
});
