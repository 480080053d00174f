import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import { ALL_FIXTURES } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';
import { LEVEL_RANK } from './types.js';

// Bands that occur in the fixtures, plus a sample of the rest, so random phones often overlap.
const interesting = [...new Set(ALL_FIXTURES.flatMap((c) => [...c.lte, ...c.nr].map((b) => b.band).concat(c.gsm.bands ?? [], c.umts.bands ?? [])))];
const bandArb = fc.oneof(fc.constantFrom(...interesting), fc.constantFrom(...BANDS.map((b) => b.id)));
const phoneArb = fc.record({
  bands: fc.uniqueArray(bandArb, { minLength: 1, maxLength: 30 }),
  volte: fc.constantFrom(true, false, undefined),
});
const carrierArb = fc.constantFrom(...ALL_FIXTURES);

const judge = (bands: string[], volte: boolean | undefined, carrier = ALL_FIXTURES[0]!) =>
  checkCompatibility({ bands: bandSetOf(bands), ...(volte === undefined ? {} : { volte }) }, carrier);

describe('checkCompatibility properties', () => {
  it('gives the same verdict for the same input', () => {
    fc.assert(
      fc.property(phoneArb, carrierArb, (phone, carrier) => {
        expect(judge(phone.bands, phone.volte, carrier)).toEqual(judge([...phone.bands].reverse(), phone.volte, carrier));
      }),
      { numRuns: 1000 },
    );
  });

  it('never makes a verdict worse when the phone gains a band', () => {
    fc.assert(
      fc.property(phoneArb, bandArb, carrierArb, (phone, extra, carrier) => {
        const before = judge(phone.bands, phone.volte, carrier);
        const after = judge([...phone.bands, extra], phone.volte, carrier);
        expect(LEVEL_RANK[after.level]).toBeGreaterThanOrEqual(LEVEL_RANK[before.level]);
        expect(after.score ?? 0).toBeGreaterThanOrEqual(before.score ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the score within 0..1 and zero exactly when nothing connects', () => {
    fc.assert(
      fc.property(phoneArb, carrierArb, (phone, carrier) => {
        const v = judge(phone.bands, phone.volte, carrier);
        expect(v.score).not.toBeNull();
        expect(v.score!).toBeGreaterThanOrEqual(0);
        expect(v.score!).toBeLessThanOrEqual(1);
        expect(v.level === 'none').toBe(v.score === 0);
      }),
      { numRuns: 1000 },
    );
  });
});
