import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { ALL_FIXTURES, telekomLike, unicomLike } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';

const mi6 = ['GSM900', 'GSM1800', 'U1', 'U8', 'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41'];

describe('band tables shared per carrier layer and bands met', () => {
  it('gives two phones meeting the same rows one frozen table, and a phone meeting others its own', () => {
    // B5 and B41 are no band of telekomLike's: the two phones meet the same rows there.
    const a = checkCompatibility({ bands: bandSetOf(mi6) }, telekomLike).technologies;
    const b = checkCompatibility({ bands: bandSetOf(mi6.filter((band) => band !== 'B5' && band !== 'B41')) }, telekomLike).technologies;
    const c = checkCompatibility({ bands: bandSetOf(mi6.filter((band) => band !== 'B20' && band !== 'B3')) }, telekomLike).technologies;
    expect(b.map((t) => t.tech)).toEqual(a.map((t) => t.tech));
    a.forEach((table, i) => expect(b[i]).toBe(table));
    const lte = a.find((t) => t.tech === 'LTE')!;
    expect(Object.isFrozen(lte) && Object.isFrozen(lte.bands) && Object.isFrozen(lte.supported)).toBe(true);
    const otherLte = c.find((t) => t.tech === 'LTE')!;
    expect(otherLte).not.toBe(lte);
    expect(otherLte.supported).not.toContain('B3');
    expect(lte.supported).toContain('B3');
  });

  it('is the table a verdict on a fresh copy of the carrier builds, on every fixture', () => {
    for (const carrier of ALL_FIXTURES) {
      for (const bands of [mi6, mi6.slice(4), ['B20', 'n78'], []]) {
        const kept = checkCompatibility({ bands: bandSetOf(bands) }, carrier).toJSON();
        const fresh = checkCompatibility({ bands: bandSetOf(bands) }, { ...carrier }).toJSON();
        expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh));
      }
    }
  });

  it("gives each reason its own band list, not the shared table's", () => {
    const reasons = checkCompatibility({ bands: bandSetOf(mi6) }, unicomLike).reasons;
    const ending = reasons.filter((r) => r.code === 'TECH_ENDING');
    expect(ending.length).toBeGreaterThan(0);
    for (const r of ending) {
      expect(Object.isFrozen(r.bands)).toBe(false);
      r.bands.push('GSM1800');
    }
  });
});
