import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf, isEmpty } from '../bands/band-set.js';
import { rangesContain, withContainedBands } from '../bands/band-containment.js';
import { BANDS } from '../bands/registry.js';
import { ALL_FIXTURES, fixtureCarrier } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';
import { compiledCarrier } from './compiled-carrier.js';
import { judgeKernel } from './verdict-kernel.js';
import { phoneCode } from './phone-code.js';

// LTE bands that contain no other band: a phone listing some of them gains no band by
// containment, so its hits on a carrier of these bands are exactly the bands it shares.
const plain = BANDS.filter((outer) => outer.tech === 'LTE' && !BANDS.some((inner) => inner !== outer && rangesContain(outer, inner))).map((b) => b.id);
const coverageCarrier = (bands: string[]) =>
  fixtureCarrier({ id: `xx-${bands.length}-coverage`, name: 'Many bands', country: 'XX', lte: bands.map((band) => ({ band, layer: 'coverage' })) });

describe('the kernel counts hits per role', () => {
  it('has enough plain LTE bands for these cases', () => expect(plain.length).toBeGreaterThanOrEqual(16));

  // The kernel counts up to 15 bands a role in one pass (4 bits each); a 16th must not spill
  // into the next role's count.
  it.each([15, 16])('judges a carrier with %i coverage bands by all of them', (n) => {
    const carrier = coverageCarrier(plain.slice(0, n));
    const all = checkCompatibility({ bands: bandSetOf(plain.slice(0, n)), volte: true }, carrier);
    expect([all.level, all.score, all.calls]).toEqual(['full', 1, 'volte']);
    const half = checkCompatibility({ bands: bandSetOf(plain.slice(0, 8)), volte: true }, carrier);
    // 0.1 for any band, 0.9 times the weighted share: 8 of n coverage bands.
    expect([half.level, half.score]).toEqual(['limited', Math.round((0.1 + (0.9 * 24) / (3 * n)) * 100) / 100]);
    const none = checkCompatibility({ bands: bandSetOf(plain.slice(n, n + 1)), volte: true }, carrier);
    expect([none.level, none.score]).toEqual(['none', 0]);
  });
});

describe('checkCompatibility and the kernel', () => {
  it('give the same score, the very same number, for any phone on any fixture', () => {
    const ids = BANDS.map((b) => b.id);
    const out = new Float64Array(1);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 25 }), fc.constantFrom(true, false, undefined), fc.constantFrom(...ALL_FIXTURES), (bands, volte, carrier) => {
        const phone = { bands: bandSetOf(bands), volte };
        const wide = withContainedBands(phone.bands);
        const code = judgeKernel(wide, 0, !isEmpty(wide), phoneCode(phone), compiledCarrier(carrier), out);
        const verdict = checkCompatibility(phone, carrier);
        expect(verdict.score).toBe(code === 0 ? null : out[0]);
      }),
      { numRuns: 500 },
    );
  });
});
