import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAND_SET_WORDS,
  addBand,
  bandIds,
  bandSetOf,
  countBands,
  difference,
  emptyBandSet,
  hasBand,
  intersect,
  isEmpty,
  popcount32,
  union,
} from './band-set.js';
import { BANDS, bandIndex } from './registry.js';

const ALL_IDS = BANDS.map((band) => band.id);

/** Known ids in registry order, for comparing against `bandIds`. */
const inRegistryOrder = (ids: Iterable<string>): string[] =>
  [...new Set(ids)].filter((id) => bandIndex(id) !== undefined).sort((a, b) => bandIndex(a)! - bandIndex(b)!);

/** Random id lists: mostly registry ids, some unknown strings the set must ignore. */
const idLists = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ALL_IDS) }, { weight: 1, arbitrary: fc.string() }), {
  maxLength: 40,
});
const sets = idLists.map((ids) => bandSetOf(ids));

describe('BandSet', () => {
  it('has enough words for every band', () => {
    expect(BAND_SET_WORDS * 32).toBeGreaterThanOrEqual(BANDS.length);
    expect(emptyBandSet()).toHaveLength(BAND_SET_WORDS);
  });

  it('builds, tests and lists members in registry order', () => {
    const set = bandSetOf(['n78', 'B3', 'GSM900', 'B3', 'X99']);
    expect(bandIds(set)).toEqual(['GSM900', 'B3', 'n78']);
    expect(countBands(set)).toBe(3);
    expect(hasBand(set, 'B3')).toBe(true);
    expect(hasBand(set, 'B1')).toBe(false);
    expect(hasBand(set, 'X99')).toBe(false);
    addBand(set, 'B1');
    addBand(set, 'nope');
    expect(bandIds(set)).toEqual(['GSM900', 'B1', 'B3', 'n78']);
  });

  it('handles the first and last registry band (word edges)', () => {
    const edges = [ALL_IDS[0]!, ALL_IDS[31]!, ALL_IDS[32]!, ALL_IDS[ALL_IDS.length - 1]!];
    expect(bandIds(bandSetOf(edges))).toEqual(edges);
    expect(countBands(bandSetOf(ALL_IDS))).toBe(BANDS.length);
  });

  it('intersects, unions and subtracts', () => {
    const phone = bandSetOf(['B1', 'B3', 'B7', 'B20', 'n78']);
    const carrier = bandSetOf(['B3', 'B20', 'B28', 'n28', 'n78']);
    expect(bandIds(intersect(phone, carrier))).toEqual(['B3', 'B20', 'n78']);
    expect(bandIds(union(phone, carrier))).toEqual(['B1', 'B3', 'B7', 'B20', 'B28', 'n28', 'n78']);
    expect(bandIds(difference(carrier, phone))).toEqual(['B28', 'n28']);
    expect(isEmpty(difference(phone, phone))).toBe(true);
    expect(isEmpty(emptyBandSet())).toBe(true);
    expect(isEmpty(phone)).toBe(false);
  });

  it('counts bits like a reference popcount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (word) => {
        expect(popcount32(word)).toBe(word.toString(2).replaceAll('0', '').length);
      }),
    );
  });

  it('round-trips ids: bandIds(bandSetOf(ids)) is the known ids, deduplicated, in registry order', () => {
    fc.assert(
      fc.property(idLists, (ids) => {
        const set = bandSetOf(ids);
        expect(bandIds(set)).toEqual(inRegistryOrder(ids));
        expect(countBands(set)).toBe(inRegistryOrder(ids).length);
      }),
    );
  });

  it('obeys the set laws', () => {
    const same = (a: Uint32Array, b: Uint32Array) => expect(bandIds(a)).toEqual(bandIds(b));
    fc.assert(
      fc.property(sets, sets, sets, (a, b, c) => {
        same(union(a, b), union(b, a));
        same(intersect(a, b), intersect(b, a));
        same(union(a, union(b, c)), union(union(a, b), c));
        same(intersect(a, intersect(b, c)), intersect(intersect(a, b), c));
        same(intersect(a, union(b, c)), union(intersect(a, b), intersect(a, c)));
        same(union(a, intersect(a, b)), a);
        same(difference(a, b), difference(a, intersect(a, b)));
        expect(isEmpty(intersect(difference(a, b), b))).toBe(true);
        // |A ∪ B| + |A ∩ B| = |A| + |B|
        expect(countBands(union(a, b)) + countBands(intersect(a, b))).toBe(countBands(a) + countBands(b));
        for (const id of bandIds(union(a, b))) expect(hasBand(a, id) || hasBand(b, id)).toBe(true);
      }),
    );
  });

  it('does not change its inputs', () => {
    fc.assert(
      fc.property(sets, sets, (a, b) => {
        const [copyA, copyB] = [a.slice(), b.slice()];
        intersect(a, b);
        union(a, b);
        difference(a, b);
        expect(a).toEqual(copyA);
        expect(b).toEqual(copyB);
      }),
    );
  });
});
