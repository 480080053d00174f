import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandIds, bandSetOf, emptyBandSet, intersect } from './band-set.js';
import { containedInto, widerThan, withContainedBands } from './band-containment.js';
import { BANDS } from './registry.js';

const ids = BANDS.map((b) => b.id);
const setArb = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 30 }).map((list) => bandSetOf(list));

describe('containedInto and widerThan', () => {
  it('writes what withContainedBands returns, into the set given', () => {
    fc.assert(
      fc.property(setArb, (phone) => {
        const out = emptyBandSet();
        expect(containedInto(phone, out)).toBe(out);
        expect(bandIds(out)).toEqual(bandIds(withContainedBands(phone)));
      }),
    );
  });

  it('names the wider bands of a set (B66 and B26 for B4 and B5), not the set itself', () => {
    const wider = bandIds(widerThan(bandSetOf(['B4', 'B5'])));
    expect(wider).toEqual(expect.arrayContaining(['B66', 'B26']));
    expect(wider).not.toContain('B4');
    expect(wider).not.toContain('B3');
  });

  it('following only the wider bands of a carrier gives the same bands where that carrier looks', () => {
    fc.assert(
      fc.property(setArb, setArb, (phone, carrier) => {
        const some = containedInto(phone, emptyBandSet(), widerThan(carrier));
        expect(bandIds(intersect(some, carrier))).toEqual(bandIds(intersect(withContainedBands(phone), carrier)));
      }),
    );
  });
});
