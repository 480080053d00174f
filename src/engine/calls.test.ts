import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandSetOf } from '../bands/band-set.js';
import { fixtureCarrier, jioLike, telekomLike, tmobileLike, ALL_FIXTURES } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';
import { bestVerdict } from './best-verdict.js';
import { callsOf, phoneFreeCalls } from './calls.js';
import type { PhoneProfile } from './types.js';

const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);
const words = (v: { reasons: { message: string }[] }) => v.reasons.map((r) => r.message).join(' | ');

/** A network that is 5G n78 only: no LTE, no 2G/3G (as 1&1's own cells are, without the national roaming the catalog adds). */
const nrOnly = fixtureCarrier({ id: 'xx-nr-only', name: 'Fivegee', country: 'XX', nr: [{ band: 'n78', layer: 'capacity' }], volteRequired: true });
/** Shaped like AT&T: VoLTE only on devices it certified (its BYOD terms). */
const certifiedOnly = fixtureCarrier({
  ...tmobileLike,
  id: 'xx-certified',
  name: 'Certel',
  certifiedDevicesOnly: { restricts: 'volte', network: 'xx-certified', source: { title: 'Certel device policy' } },
});
const phone = bandSetOf(['B2', 'B4', 'B12', 'B66', 'B71', 'n71', 'n41', 'n78']);

describe('calls, the second dimension of a verdict', () => {
  it('says volte for a phone whose record confirms VoLTE', () => {
    const v = checkCompatibility({ bands: phone, volte: true }, tmobileLike);
    expect(v.level).toBe('full');
    expect(v.calls).toBe('volte');
    expect(codes(v)).not.toContain('VOLTE_NEEDED');
  });

  it('says unconfirmed, never "lacks", when VoLTE is not known on an LTE-only network', () => {
    const v = checkCompatibility({ bands: phone }, tmobileLike);
    expect(v.calls).toBe('unconfirmed');
    expect(v.voice).toBe('volte-unconfirmed');
    expect(codes(v)).toContain('VOLTE_NEEDED');
    expect(words(v)).not.toMatch(/lacks/);
  });

  it('says unconfirmed (voice over 5G) on a 5G-only network, and never that the phone lacks VoLTE', () => {
    for (const volte of [true, undefined]) {
      const v = checkCompatibility({ bands: phone, ...(volte ? { volte } : {}) }, nrOnly);
      expect(v.level).not.toBe('none');
      expect(v.calls).toBe('unconfirmed');
      expect(codes(v)).toContain('VONR_NEEDED');
      expect(words(v)).not.toMatch(/lacks/);
    }
  });

  it('names a carrier rule that allows VoLTE only on certified devices, and lifts it for a certified phone', () => {
    const stranger = checkCompatibility({ bands: phone, volte: true }, certifiedOnly);
    expect(stranger.calls).toBe('unconfirmed');
    expect(stranger.level).toBe('full');
    const r = stranger.reasons.find((x) => x.code === 'CERTIFIED_DEVICES_ONLY');
    expect(r?.message).toMatch(/only devices the operator has approved get VoLTE \(Certel device policy\)/);
    const certified = checkCompatibility({ bands: phone, volte: true, certifiedBy: ['xx-certified'] }, certifiedOnly);
    expect(certified.calls).toBe('volte');
    expect(codes(certified)).not.toContain('CERTIFIED_DEVICES_ONLY');
  });

  it('takes VoLTE as confirmed where a VoLTE-only carrier (or its host network) lists the phone', () => {
    const mvno = { ...certifiedOnly, id: 'xx-mvno', name: 'Rider', kind: 'mvno' as const, host: 'xx-certified' };
    for (const carrier of [certifiedOnly, mvno]) {
      const v = checkCompatibility({ bands: phone, certifiedBy: ['xx-certified'] }, carrier);
      expect(v.calls).toBe('volte');
      expect(codes(v)).not.toContain('VOLTE_NEEDED');
    }
    expect(checkCompatibility({ bands: phone, certifiedBy: ['xx-other'] }, certifiedOnly).calls).toBe('unconfirmed');
  });

  it('keeps circuit-switched calls where 2G still runs, whatever the VoLTE flag', () => {
    for (const volte of [true, false, undefined]) {
      const v = checkCompatibility({ bands: bandSetOf(['GSM900', 'B20', 'B3']), ...(volte === undefined ? {} : { volte }) }, telekomLike);
      expect(v.calls).toBe(volte ? 'volte' : 'circuit-switched');
    }
  });

  it('never contradicts itself: the old voice word follows calls, and "lacks VoLTE" only where the record says so', () => {
    const bandList = ['GSM900', 'U1', 'B1', 'B3', 'B5', 'B12', 'B20', 'B40', 'B71', 'n78', 'n71', 'n28'];
    fc.assert(
      fc.property(fc.subarray(bandList), fc.constantFrom(true, false, undefined), fc.constantFrom(...ALL_FIXTURES, nrOnly, certifiedOnly), (bands, volte, carrier) => {
        const v = checkCompatibility({ bands: bandSetOf(bands), ...(volte === undefined ? {} : { volte }) }, carrier);
        const old = { volte: 'volte', 'circuit-switched': 'circuit-switched', unconfirmed: 'volte-unconfirmed', none: 'none' }[v.calls];
        expect(v.voice).toBe(v.level === 'unknown' ? 'unknown' : old);
        if (volte !== false) expect(codes(v)).not.toContain('NO_VOLTE');
        if (v.calls === 'volte') expect(volte).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('5G as deployed: standalone-only networks', () => {
  const saOnly = { ...jioLike, id: 'xx-sa', name: 'Saco', nrModes: ['SA' as const] };
  const bands = bandSetOf(['B3', 'B5', 'B40', 'n28', 'n78']);

  it('gives no 5G to a phone known to support NSA only, in the verdict and in the kernel alike', () => {
    const nsa = checkCompatibility({ bands, volte: true, nrModes: ['NSA'] }, saOnly);
    const sa = checkCompatibility({ bands, volte: true, nrModes: ['SA', 'NSA'] }, saOnly);
    expect(codes(nsa)).toContain('NR_SA_ONLY');
    expect(codes(nsa)).not.toContain('NO_5G');
    expect(nsa.technologies.find((t) => t.role === '5g')?.supported).toEqual([]);
    expect(sa.technologies.find((t) => t.role === '5g')?.supported).toEqual(['n28', 'n78']);
    expect(nsa.score!).toBeLessThan(sa.score!);
    expect(nsa.level).toBe(sa.level);
    expect(bestVerdict({ bands, volte: true, nrModes: ['NSA'] }, [saOnly]).score).toBe(nsa.score);
  });

  it('says SA is unconfirmed when the phone does not list its 5G modes', () => {
    const v = checkCompatibility({ bands, volte: true }, saOnly);
    expect(codes(v)).toContain('NR_SA_UNCONFIRMED');
    expect(checkCompatibility({ bands, volte: true }, jioLike).reasons.map((r) => r.code)).not.toContain('NR_SA_UNCONFIRMED');
  });

  it('names a 5G-only overlap on an LTE network instead of "no band in common"', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B7', 'n78']) }, jioLike);
    expect(v.level).toBe('none');
    expect(codes(v)[0]).toBe('NR_ONLY_OVERLAP');
    expect(v.reasons[0]!.bands).toEqual(['n78']);
    expect(words(v)).not.toMatch(/no band in common/);
  });
});

describe('calls worked out once per carrier', () => {
  it('gives, for each voice code, what callsOf gives every phone, and nothing where the phone decides', () => {
    const listsPhones = fixtureCarrier({ ...tmobileLike, id: 'xx-lists', volteRequired: true });
    const phones: PhoneProfile[] = [
      { bands: phone },
      { bands: phone, volte: false },
      { bands: phone, certifiedBy: ['xx-certified'] },
      { bands: phone, certifiedBy: ['xx-lists'] },
    ];
    for (const carrier of [...ALL_FIXTURES, nrOnly, certifiedOnly, listsPhones]) {
      for (const onNr of [false, true]) {
        phoneFreeCalls(carrier, onNr).forEach((calls, code) => {
          if (calls !== undefined) expect(phones.map((p) => callsOf(code, p, carrier, onNr))).toEqual(phones.map(() => calls));
        });
      }
    }
    expect(phoneFreeCalls(certifiedOnly, false)[1]).toBeUndefined();
    expect(phoneFreeCalls(listsPhones, false)[3]).toBeUndefined();
    expect(phoneFreeCalls(listsPhones, true)[3]).toBe('unconfirmed');
  });
});
