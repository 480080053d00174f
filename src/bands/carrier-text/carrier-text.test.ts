import { describe, expect, it } from 'vitest';
import { carrierKey } from './carrier-key.js';
import { readToken, splitBandText } from './normalize-token.js';
import { noteBands } from './note-bands.js';
import { sunsetFacts } from './sunset-notes.js';

describe('readToken', () => {
  it('reads technology and frequency in the spellings the package uses', () => {
    expect(readToken('TD-LTE-2300')).toEqual({ kind: 'band', tech: 'LTE', mhz: 2300, tdd: true });
    expect(readToken('TD-LTE 2600 MHz')).toEqual({ kind: 'band', tech: 'LTE', mhz: 2600, tdd: true });
    expect(readToken('LTE450')).toEqual({ kind: 'band', tech: 'LTE', mhz: 450, tdd: false });
    expect(readToken('CDMA2000 850')).toEqual({ kind: 'band', tech: 'CDMA', mhz: 850, tdd: false });
    expect(readToken('TD-SCDMA 2000')).toEqual({ kind: 'band', tech: 'TDSCDMA', mhz: 2000, tdd: true });
    expect(readToken('5G 28000')).toEqual({ kind: 'band', tech: 'NR', mhz: 28000, tdd: false });
  });
  it('tells bare technologies, MVNOs, other systems and noise apart', () => {
    expect(readToken('CDMA 2000')).toEqual({ kind: 'tech', tech: 'CDMA' });
    expect(readToken('5G')).toEqual({ kind: 'tech', tech: 'NR' });
    expect(readToken('MVNO on Megafon base').kind).toBe('no-radio');
    expect(readToken('Satellite MVNO').kind).toBe('no-radio');
    expect(readToken('GSM-R 900').kind).toBe('other-tech');
    expect(readToken('UMTS-TDD 700').kind).toBe('other-tech');
    expect(readToken('700').kind).toBe('unknown');
    expect(readToken('LTE 3').kind).toBe('unknown');
    expect(readToken('Unknown 3500').kind).toBe('unknown');
  });
  it('splits on slashes and drops empty pieces', () => {
    expect(splitBandText('LTE 900 /LTE 1800 / ')).toEqual(['LTE 900', 'LTE 1800']);
  });
});

describe('noteBands', () => {
  it('reads LTE and NR band lists', () => {
    expect(noteBands('LTE bands 2, 4, 5, 7, 12, 17, 25, 66, 71; 5G bands n38, n41, n66')).toEqual({
      lte: [2, 4, 5, 7, 12, 17, 25, 66, 71], nr: [38, 41, 66],
    });
    expect(noteBands('bands 1, 3, 19, 21, 28, 42; UMTS to shut down Mar 2026').lte).toEqual([1, 3, 19, 21, 28, 42]);
    expect(noteBands('LTE bands 28 / 8 / 41; CDMA 850 MHz shut down Dec 2017').lte).toEqual([8, 28, 41]);
    expect(noteBands('850 MHz band never used')).toEqual({ lte: [], nr: [] });
  });
});

describe('sunsetFacts', () => {
  it('dates switch-offs and judges them against the build date', () => {
    const facts = sunsetFacts('UMTS shut down July 2022, GSM to shut down Apr 2024.', '2023-06-01');
    expect(facts.map((f) => [f.tech, f.state, f.date])).toEqual([['UMTS', 'off', '2022-07'], ['GSM', 'ending', '2024-04']]);
    expect(sunsetFacts('GSM to shut down Apr 2024.', '2026-11-23')[0]).toMatchObject({ state: 'off', date: '2024-04' });
  });
  it('keeps band-only switch-offs apart and carries a verb over', () => {
    const facts = sunsetFacts('UMTS 2100 shut down Nov 2019, GSM April 2021; UMTS 900 shutdown planned for 2024', '2023-01-01');
    expect(facts.map((f) => [f.tech, f.mhz, f.state, f.date])).toEqual([
      ['UMTS', 2100, 'off', '2019-11'], ['GSM', undefined, 'off', '2021-04'], ['UMTS', 900, 'ending', '2024'],
    ]);
    expect(sunsetFacts('Former Sprint Corporation; CDMA shut down May 2022', '2026-01-01')[0]).toMatchObject({ tech: 'CDMA', date: '2022-05' });
    expect(sunsetFacts('Former Orange; supports MVNOs', '2026-01-01')).toEqual([]);
  });
  it('never reads the band number as the year (mcc-mnc-list 370-02, Claro Dominican Republic)', () => {
    expect(sunsetFacts('CDMA 1900 shut down in 2014', '2026-01-01')[0]).toMatchObject({ tech: 'CDMA', mhz: 1900, date: '2014' });
    expect(sunsetFacts('GSM 1900 to shut down Dec 2027', '2026-01-01')[0]).toMatchObject({ mhz: 1900, state: 'ending', date: '2027-12' });
  });
});

describe('carrierKey', () => {
  it('recognises networks by code at home only', () => {
    expect(carrierKey('US', 'AT&T', '310-410')).toBe('att');
    expect(carrierKey('VI', 'Liberty', '310-410')).toBeUndefined();
    expect(carrierKey('JP', 'au / KDDI Corporation')).toBe('kddi');
    expect(carrierKey('CZ', 'T-Mobile')).toBeUndefined();
  });
});
