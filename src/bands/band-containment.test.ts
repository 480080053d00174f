import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIds, bandSetOf, hasBand } from './band-set.js';
import { containedBands, covers, withContainedBands } from './band-containment.js';
import { BANDS } from './registry.js';
import type { BandInfo } from './types.js';

// Containment computed here from the ranges alone, independently of the module under test.
const inside = (o: readonly [number, number] | undefined, i: readonly [number, number] | undefined) =>
  o === undefined ? i === undefined : i !== undefined && o[0] <= i[0] && i[1] <= o[1];
const holds = (a: BandInfo, b: BandInfo) =>
  (a.tech === 'LTE' || a.tech === 'NR') && a.tech === b.tech && a.duplex === b.duplex && inside(a.dl, b.dl) && inside(a.ul, b.ul);
const band = fc.constantFrom(...BANDS);

describe('band containment from the registry ranges', () => {
  it('a band covers another exactly when its ranges contain the other\'s, both ways', () => {
    fc.assert(
      fc.property(band, band, (a, b) => {
        expect(covers(a.id, b.id)).toBe(a.id === b.id || holds(a, b));
        expect(covers(b.id, a.id)).toBe(a.id === b.id || holds(b, a));
        // Both ways only for identical ranges (B48/B49, n41/n90): never for a strictly wider band.
        if (covers(a.id, b.id) && covers(b.id, a.id)) expect([a.dl, a.ul]).toEqual([b.dl, b.ul]);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds every pair the registry holds (checked exhaustively, not sampled)', () => {
    for (const a of BANDS) {
      const expected = BANDS.filter((b) => b !== a && holds(a, b)).map((b) => b.id);
      expect(containedBands(a.id), a.id).toEqual(expected);
    }
  });

  it.each([
    ['B26', 'B18'], ['B26', 'B19'], ['B26', 'B5'], ['B12', 'B17'], ['B66', 'B4'], ['B25', 'B2'],
    ['B41', 'B38'], ['B3', 'B9'], ['n77', 'n78'], ['n25', 'n2'], ['n41', 'n38'],
  ])('%s covers %s and not the other way round', (wide, narrow) => {
    expect(covers(wide, narrow)).toBe(true);
    expect(covers(narrow, wide)).toBe(false);
  });

  it('matches 2G/3G bands by number only, and never across technologies', () => {
    expect(covers('GSM900R', 'GSM900')).toBe(false);
    expect(covers('n41', 'B41')).toBe(false);
  });

  it('adds the bands a phone covers, leaves the input alone, and adding a band only adds', () => {
    const phone = bandSetOf(['B12', 'B26', 'n77', 'B3']);
    const before = bandIds(phone);
    const out = withContainedBands(phone);
    for (const id of ['B17', 'B5', 'B18', 'B19', 'B9', 'n78']) expect(hasBand(out, id), id).toBe(true);
    expect(hasBand(out, 'B66')).toBe(false);
    expect(bandIds(phone)).toEqual(before);
    expect(bandIds(withContainedBands(bandSetOf(['B17', 'B4'])))).toEqual(['B4', 'B17']);
  });
});
