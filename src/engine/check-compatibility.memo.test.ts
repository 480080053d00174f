import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { BANDS } from '../bands/registry.js';
import type { Carrier, NrMode } from '../catalog/types.js';
import { ALL_FIXTURES, jioLike, tmobileLike, unknownBands } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';
import type { PhoneProfile } from './types.js';

// The fixtures, one with no band data, and one whose 5G runs standalone only (the path that
// widens and strips a phone's bands before the kernel).
const saOnly: Carrier = { ...jioLike, id: 'xx-sa-only', nrModes: ['SA'] };
const carriers = [...ALL_FIXTURES, unknownBands, saOnly];
const interesting = [...new Set(carriers.flatMap((c) => [...c.lte, ...c.nr].map((b) => b.band)))];
const phoneArb = fc.record({
  // B66, B12, n77 contain bands the fixtures advertise (B4, B17, n78): the widening path.
  bands: fc.uniqueArray(fc.oneof(fc.constantFrom(...interesting, 'B66', 'B12', 'n77'), fc.constantFrom(...BANDS.map((b) => b.id))), { maxLength: 20 }),
  volte: fc.constantFrom(true, false, undefined),
  nrModes: fc.constantFrom<NrMode[] | undefined>(undefined, ['NSA'], ['SA'], ['NSA', 'SA']),
});
type Phone = { bands: string[]; volte: boolean | undefined; nrModes: NrMode[] | undefined };
const profile = (p: Phone): PhoneProfile => ({
  bands: bandSetOf(p.bands),
  ...(p.volte === undefined ? {} : { volte: p.volte }),
  ...(p.nrModes ? { nrModes: p.nrModes } : {}),
});

describe('checkCompatibility judges a pair the same whatever was judged before', () => {
  it('gives the same verdict JSON on the carrier judged last, after another, and on a fresh copy of both', () => {
    fc.assert(
      fc.property(phoneArb, fc.constantFrom(...carriers), fc.constantFrom(...carriers), (phone, carrier, other) => {
        checkCompatibility(profile(phone), carrier);
        const again = JSON.stringify(checkCompatibility(profile(phone), carrier));
        checkCompatibility(profile({ bands: ['B12', 'n71'], volte: true, nrModes: undefined }), other);
        // Twice: the first call after another carrier looks it up, the second finds it as the last.
        expect(JSON.stringify(checkCompatibility(profile(phone), carrier))).toBe(again);
        expect(JSON.stringify(checkCompatibility(profile(phone), carrier))).toBe(again);
        expect(JSON.stringify(checkCompatibility(profile(phone), structuredClone(carrier)))).toBe(again);
      }),
      { numRuns: 1000 },
    );
  });

  it('calls a phone with no known band unknown, and one whose bands all miss none', () => {
    const none = checkCompatibility({ bands: bandSetOf(['B20']) }, tmobileLike);
    expect(none.level).toBe('none');
    expect(none.score).toBe(0);
    const empty = checkCompatibility({ bands: bandSetOf([]) }, tmobileLike);
    expect(empty.level).toBe('unknown');
    expect(empty.score).toBeNull();
    expect(empty.reasons.map((r) => r.code)).toEqual(['UNKNOWN_PHONE_BANDS']);
  });
});
