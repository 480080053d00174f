import { describe, expect, it } from 'vitest';
import { parseDeviceBandText } from './parse-device-bands.js';

const bandsOf = (text: string): string[] => parseDeviceBandText(text).variants.flatMap((v) => v.bands);

describe('pasted band text in the forms people paste', () => {
  it('reads GSMArena rows joined with ; or |, SIM notes dropped', () => {
    for (const joiner of ['; ', ' | ', '\n']) {
      const parse = parseDeviceBandText(`GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2${joiner}LTE 1, 3, 7, 20, 28`);
      expect(parse.variants).toEqual([
        { label: null, bands: ['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'B1', 'B3', 'B7', 'B20', 'B28'] },
      ]);
      expect(parse.unread).toEqual([]);
    }
  });

  it.each([
    ['B12 B13 B71', ['B12', 'B13', 'B71']],
    ['Band 12, 13, 71', ['B12', 'B13', 'B71']],
    ['4G: 1, 3, 5', ['B1', 'B3', 'B5']],
    ['n1/n3/n28', ['n1', 'n3', 'n28']],
    ['LTE-FDD: 1/3/5', ['B1', 'B3', 'B5']],
    ['TDD-LTE: 38/40/41', ['B38', 'B40', 'B41']],
    ['LTE\n1, 3, 7', ['B1', 'B3', 'B7']],
  ])('reads %j', (text, bands) => {
    expect(bandsOf(text)).toEqual(bands);
  });

  it('lists what it cannot read instead of dropping it', () => {
    const parse = parseDeviceBandText('LTE 1, 3; gibberish');
    expect(parse.unread.map((u) => u.text)).toContain('gibberish');
  });

  it.each([
    ['LTE 1, 3; Wi-Fi 6', '6'],
    ['LTE 1, 3, USB 2', '2'],
    ['LTE 1, 3\nWi-Fi 6E', '6E'],
  ])('does not read the number after another word in %j as a band', (text, number) => {
    const parse = parseDeviceBandText(text);
    expect(parse.variants).toEqual([{ label: null, bands: ['B1', 'B3'] }]);
    expect(parse.unread.map((u) => u.text)).toContain(number);
  });
});
