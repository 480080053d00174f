import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { parseDeviceBandText, type DeviceBandParse } from './parse-device-bands.js';

/** Bands of the single variant a parse must give. */
function only(parse: DeviceBandParse): string[] {
  expect(parse.variants).toHaveLength(1);
  return parse.variants[0]!.bands;
}

describe('parseDeviceBandText: the spec-sheet forms', () => {
  it.each([
    ['GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2', ['GSM850', 'GSM900', 'GSM1800', 'GSM1900']],
    ['HSDPA 850 / 900 / 1900 / 2100', ['U1', 'U2', 'U5', 'U8']],
    ['HSDPA 800 / 850 / 900 / 1700(AWS) / 1900 / 2100', ['U1', 'U2', 'U4', 'U5', 'U6', 'U8']],
    ['HSDPA 1800 / 1700/2100', ['U3', 'U4']],
    ['CDMA2000 1x 800', ['BC0']],
    ['CDMA 800 / 1900', ['BC0', 'BC1']],
    ['CDMA 800 SMR / 1700 / 2100', ['BC10', 'BC15']],
    ['TD-SCDMA 1880-1920 / 2010-2025', ['TD34', 'TD39']],
    ['TD-SCDMA 2300-2400', ['TD40']],
    [
      'LTE band 1(2100), 3(1800), 5(850), 7(2600), 8(900), 38(2600), 39(1900), 40(2300), 41(2500)',
      ['B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41'],
    ],
    ['LTE 1800 TD-LTE 2300 / 2600', ['B3', 'B38', 'B40']],
    ['WCDMA Band I/II/V/VIII', ['U1', 'U2', 'U5', 'U8']],
    ['GSM B2/B3/B5/B8', ['GSM850', 'GSM900', 'GSM1800', 'GSM1900']],
    ['GSM 900 / 1800 / 1900 / CDMA 800', ['GSM900', 'GSM1800', 'GSM1900', 'BC0']],
  ])('%s', (text, bands) => {
    const parse = parseDeviceBandText(text);
    expect(only(parse)).toEqual(bands);
    expect(parse.unread).toEqual([]);
  });

  it('reads a labelled LTE list and keeps the label', () => {
    const parse = parseDeviceBandText('4G bands: 1, 3, 5, 8, 40, 41 - International');
    expect(parse.variants).toEqual([{ label: 'International', bands: ['B1', 'B3', 'B5', 'B8', 'B40', 'B41'] }]);
  });

  it('reports an elided list instead of guessing the missing bands', () => {
    const parse = parseDeviceBandText('LTE 1, 2, 3 ... 66 - A3090');
    expect(parse.variants).toEqual([{ label: 'A3090', bands: ['B1', 'B2', 'B3', 'B66'] }]);
    expect(parse.unread).toEqual([{ field: 'text', text: '...', reason: expect.stringMatching(/elided/) }]);
  });

  it('records 5G modes and reads Sub6/mmWave as notes', () => {
    const parse = parseDeviceBandText('5G: 1, 3, 28, 41, 77, 78 SA/NSA/Sub6');
    expect(parse.variants).toEqual([
      { label: null, bands: ['n1', 'n3', 'n28', 'n41', 'n77', 'n78'], nrModes: ['SA', 'NSA'] },
    ]);
    expect(parseDeviceBandText('5G 78, 258 NSA/mmWave').variants[0]!.nrModes).toEqual(['NSA']);
  });

  it('says LTE is there when its bands are not given', () => {
    for (const text of ['LTE (unspecified)', 'LTE']) {
      const parse = parseDeviceBandText(text);
      expect(parse.variants).toEqual([{ label: null, bands: [], unlistedTechs: ['LTE'] }]);
      expect(parse.unread).toEqual([]);
    }
  });

  it('turns variant lines into variants; unlabelled lines apply to every variant', () => {
    const text = [
      '2G bands\tGSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2',
      '4G bands\t1, 3, 7, 20 - International',
      '\t2, 4, 12, 66, 71 - USA',
      '\t1, 3, 34, 39, 40, 41 - China',
      '5G bands\t1, 3, 78 SA/NSA - International',
      '\t71, 77 SA/NSA - USA',
    ].join('\n');
    const parse = parseDeviceBandText(text);
    const gsm = ['GSM850', 'GSM900', 'GSM1800', 'GSM1900'];
    expect(parse.unread).toEqual([]);
    expect(parse.variants).toEqual([
      { label: 'International', bands: [...gsm, 'B1', 'B3', 'B7', 'B20', 'n1', 'n3', 'n78'], nrModes: ['SA', 'NSA'] },
      { label: 'USA', bands: [...gsm, 'B2', 'B4', 'B12', 'B66', 'B71', 'n71', 'n77'], nrModes: ['SA', 'NSA'] },
      { label: 'China', bands: [...gsm, 'B1', 'B3', 'B34', 'B39', 'B40', 'B41'] },
    ]);
  });

  it('reads SIM notes as notes, not as variant labels', () => {
    const parse = parseDeviceBandText('HSDPA 900 / 2100 - SIM 1 only\nGSM 900 - SIM 1 & SIM 2 (dual-SIM model only)');
    expect(parse.variants).toEqual([{ label: null, bands: ['GSM900', 'U1', 'U8'] }]);
  });

  it('crosses label axes that share no label', () => {
    const parse = parseDeviceBandText('HSDPA 900 / 2100 - Europe\nHSDPA 850 - Japan\nLTE 3, 7 - 64 GB\nLTE 20 - 128 GB');
    expect(parse.variants.map((v) => v.label)).toEqual(['Europe / 64 GB', 'Europe / 128 GB', 'Japan / 64 GB', 'Japan / 128 GB']);
    expect(parse.variants[3]!.bands).toEqual(['U5', 'B20']);
  });

  it('reports ambiguous frequencies and unknown bands instead of guessing', () => {
    const parse = parseDeviceBandText('LTE 800 / 1800 / 2600\nHSDPA 1500\n4G 1, 99\nCDMA 450');
    expect(parse.variants[0]!.bands).toEqual(['B1', 'B3', 'B7']);
    expect(parse.unread.map((u) => u.text)).toEqual(['800', '1500', '99', '450']);
    expect(parse.unread[0]!.reason).toMatch(/ambiguous.*B20/);
    expect(parse.unread[2]!.reason).toBe('B99 is not a band in the registry');
    expect(parse.unread[3]!.reason).toBe('BC5 is not a band in the registry');
  });

  it('reports numbers on a line that names no technology', () => {
    const parse = parseDeviceBandText('1, 3, 7\nLTE 20');
    expect(parse.variants[0]!.bands).toEqual(['B20']);
    expect(parse.unread.map((u) => u.reason)).toEqual(Array(3).fill('the line does not name its technology'));
  });

  it('throws E_BAD_BAND_TEXT only when nothing at all can be read', () => {
    for (const text of ['', 'hello world', 'N/A', 'Speed HSPA 42.2/5.76 Mbps']) {
      expect(() => parseDeviceBandText(text)).toThrowError(BandfitError);
      try {
        parseDeviceBandText(text);
      } catch (error) {
        expect((error as BandfitError).code).toBe('E_BAD_BAND_TEXT');
      }
    }
    expect(parseDeviceBandText('LTE 1\nhello').unread).toEqual([{ field: 'text', text: 'hello', reason: 'not band text' }]);
  });
});
