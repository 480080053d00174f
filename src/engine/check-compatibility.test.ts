import { describe, expect, it } from 'vitest';
import { bandSetOf } from '../bands/band-set.js';
import { attLike, fixtureCarrier, jioLike, telekomLike, tmobileLike, unknownBands } from '../../test/fixtures/carriers.js';
import { checkCompatibility } from './check-compatibility.js';

// Xiaomi Mi 6 (MCE16), China's only variant: bands from the XiaomiWiki spec page.
const mi6 = bandSetOf(['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'BC0', 'U1', 'U2', 'U5', 'U8', 'TD34', 'TD39',
  'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41']);
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('checkCompatibility', () => {
  it('finds a China-only phone limited on a US carrier and names the missing coverage bands', () => {
    const v = checkCompatibility({ bands: mi6 }, tmobileLike);
    expect(['limited', 'none']).toContain(v.level);
    const missing = v.reasons.filter((r) => r.code === 'MISSING_COVERAGE_BAND').flatMap((r) => r.bands);
    expect(missing).toEqual(expect.arrayContaining(['B12', 'B71']));
  });

  it('explains the coverage band in words that name the carrier and the band', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B2', 'B4', 'B12', 'B66']) }, tmobileLike);
    const r = v.reasons.find((x) => x.code === 'MISSING_COVERAGE_BAND');
    expect(r?.bands).toEqual(['B71']);
    expect(r?.message).toMatch(/B71 \(.*600.*\).*T-Mobile's coverage band/);
    expect(v.level).toBe('limited');
  });

  it('gives full on a carrier whose every band the phone has, noting 5G and VoLTE', () => {
    const v = checkCompatibility({ bands: mi6 }, jioLike);
    expect(v.level).toBe('full');
    expect(codes(v)).toContain('NO_5G');
    expect(codes(v)).toContain('VOLTE_NEEDED');
    expect(v.voice).toBe('volte-unconfirmed');
    expect(v.score).toBeGreaterThan(0.7);
    expect(v.score).toBeLessThan(1);
  });

  it('gives partial when only capacity bands are missing', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B5', 'B3']), volte: true }, jioLike);
    expect(v.level).toBe('partial');
    expect(v.reasons.find((r) => r.code === 'MISSING_CAPACITY_BANDS')?.bands).toEqual(['B40']);
  });

  it('gives none to a 2G/3G-only phone where 2G and 3G are switched off', () => {
    const legacy = bandSetOf(['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'U1', 'U2', 'U5', 'U8']);
    const v = checkCompatibility({ bands: legacy }, attLike);
    expect(v.level).toBe('none');
    expect(v.score).toBe(0);
    expect(codes(v)).toEqual(expect.arrayContaining(['NO_OVERLAP', 'TECH_OFF']));
  });

  it('gives limited to a 2G/3G-only phone where GSM still runs, with circuit-switched voice', () => {
    const legacy = bandSetOf(['GSM900', 'GSM1800', 'U1', 'U8']);
    const v = checkCompatibility({ bands: legacy }, telekomLike);
    expect(v.level).toBe('limited');
    expect(v.voice).toBe('circuit-switched');
    expect(codes(v)[0]).toBe('LEGACY_ONLY');
  });

  it('takes calls away from a phone known to lack VoLTE where 2G/3G are off, leaving the data level alone', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B2', 'B4', 'B12', 'B66', 'B71']), volte: false }, tmobileLike);
    expect(v.level).toBe('full');
    expect(v.calls).toBe('none');
    expect(v.voice).toBe('none');
    expect(codes(v)[0]).toBe('NO_VOLTE');
    expect(v.score).toBeLessThan(0.6);
  });

  it('keeps voice for a phone without VoLTE where GSM still runs', () => {
    const v = checkCompatibility({ bands: bandSetOf(['GSM900', 'B20', 'B28', 'B8', 'B1', 'B3', 'B7']), volte: false }, telekomLike);
    expect(v.voice).toBe('circuit-switched');
    expect(v.level).toBe('full');
  });

  it('never lets a missing downlink-only band decide the level', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B20', 'B28', 'B8', 'B1', 'B3', 'B7', 'n78', 'n1']) }, telekomLike);
    expect(v.level).toBe('full');
    const supplemental = v.reasons.find((r) => r.code === 'MISSING_SUPPLEMENTAL_BANDS');
    expect(supplemental?.bands).toEqual(['B32']);
    expect(v.score).toBeLessThan(1);
  });

  it('says unknown when the carrier has no known bands or the phone none', () => {
    expect(checkCompatibility({ bands: mi6 }, unknownBands).level).toBe('unknown');
    expect(checkCompatibility({ bands: bandSetOf([]) }, jioLike).level).toBe('unknown');
    expect(checkCompatibility({ bands: mi6 }, unknownBands).score).toBeNull();
  });

  it('judges a 5G-only network on 5G', () => {
    const nrOnly = fixtureCarrier({ id: 'xx-nr', name: 'NR Only', country: 'XX', nr: [{ band: 'n78', layer: 'capacity' }], volteRequired: true });
    expect(checkCompatibility({ bands: bandSetOf(['n78']) }, nrOnly).level).not.toBe('none');
    expect(checkCompatibility({ bands: mi6 }, nrOnly).level).toBe('none');
  });

  it('reports missing 5G bands of a 5G phone without lowering the level', () => {
    const v = checkCompatibility({ bands: bandSetOf(['B2', 'B4', 'B12', 'B66', 'B71', 'n41']), volte: true }, tmobileLike);
    expect(v.level).toBe('full');
    expect(v.reasons.find((r) => r.code === 'MISSING_5G_BANDS')?.bands).toEqual(['n25', 'n71']);
    expect(v.voice).toBe('volte');
  });
});
