import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { rangesContain } from '../bands/band-containment.js';
import { BANDS } from '../bands/registry.js';
import { fixtureCarrier } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';

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
