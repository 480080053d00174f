import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import { ALL_FIXTURES, jioLike, tmobileLike, unknownBands } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';

const mi6 = bandSetOf(['GSM900', 'GSM1800', 'U1', 'U8', 'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41']);

describe('a verdict explained on demand', () => {
  it('writes all six fields to JSON, in the order of docs/api.md', () => {
    const v = checkCompatibility({ bands: mi6 }, jioLike);
    const json = JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['level', 'score', 'calls', 'voice', 'technologies', 'reasons']);
    expect(json.reasons).toEqual(v.reasons);
    expect(json.technologies).toEqual(v.technologies);
    expect(Object.keys(v.toJSON())).toEqual(Object.keys(json));
  });

  it('builds the reasons once and keeps them, and keeps what is assigned', () => {
    const v = checkCompatibility({ bands: mi6 }, tmobileLike);
    expect(v.reasons).toBe(v.reasons);
    expect(v.technologies).toBe(v.technologies);
    v.reasons = [];
    expect(v.reasons).toEqual([]);
    expect(v.toJSON().reasons).toEqual([]);
  });

  it('explains an unknown verdict with its one reason and no band table', () => {
    const v = checkCompatibility({ bands: mi6 }, unknownBands).toJSON();
    expect(v.technologies).toEqual([]);
    expect(v.reasons.map((r) => r.code)).toEqual(['UNKNOWN_CARRIER_BANDS']);
  });

  it('gives the same words for the same phone, whenever they are read', () => {
    const ids = BANDS.map((b) => b.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 25 }), fc.constantFrom(...ALL_FIXTURES), (bands, carrier) => {
        const first = checkCompatibility({ bands: bandSetOf(bands) }, carrier);
        const later = checkCompatibility({ bands: bandSetOf([...bands].reverse()) }, carrier);
        checkCompatibility({ bands: bandSetOf(['B12', 'n71']) }, carrier); // another pair judged in between
        expect(JSON.stringify(later)).toBe(JSON.stringify(first));
      }),
      { numRuns: 300 },
    );
  });
});
