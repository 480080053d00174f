import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBandfitError } from '../errors.js';
import { parseDeviceBandFields, parseDeviceBandText } from './parse-device-bands.js';
import { BANDS } from './registry.js';

const RUNS = { numRuns: 1000 };

const LTE_NUMBERS = BANDS.filter((band) => band.tech === 'LTE').map((band) => band.number);
const NR_NUMBERS = BANDS.filter((band) => band.tech === 'NR').map((band) => band.number);

/** Pieces spec sheets are made of, so random text often looks like band text. */
const PIECES = [
  'GSM', 'HSDPA', 'CDMA2000 1x', 'EV-DO', 'TD-SCDMA', 'LTE', 'TD-LTE', '5G', 'NR', 'SA/NSA', 'Sub6', 'mmWave',
  '850', '900', '1700(AWS)', '1800', '1900', '2100', '1880-1920', '800 SMR', '1', '3', '28A', '78', 'B40', 'n78',
  'band', '(2100)', ' - ', ' - International', ' - SIM 1 & SIM 2', '(unspecified)', 'N/A', 'Yes', '...', 'VIII',
  ', ', ' / ', '\n', '\t', ';', '(', ')', '-', ' ', 'USA', 'x', 'é', '\u0000',
];
const bandish = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), bandish);

/** Runs a parse and returns its result, or the error code it threw; anything else fails. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!isBandfitError(error)) throw error;
    return { code: error.code };
  }
}

describe('device band-text parser properties', () => {
  it('random text never throws anything but BandfitError', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        outcome(() => parseDeviceBandText(text));
        outcome(() => parseDeviceBandFields({ gsm: text, umts: text, lte: text, nr: text }));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(outcome(() => parseDeviceBandText(a))).toEqual(outcome(() => parseDeviceBandText(a)));
        expect(parseDeviceBandFields({ lte: a, nr: b })).toEqual(parseDeviceBandFields({ lte: a, nr: b }));
      }),
      RUNS,
    );
  });

  it('a list of valid LTE numbers rendered as "1, 3, 7" parses back to exactly those bands', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...LTE_NUMBERS), { minLength: 1 }), (numbers) => {
        const list = numbers.join(', ');
        const expected = [...numbers].sort((x, y) => x - y).map((n) => `B${n}`);
        expect(parseDeviceBandFields({ lte: list })).toEqual({ variants: [{ label: null, bands: expected }], unread: [] });
        expect(parseDeviceBandText(`4G bands ${list}`)).toEqual({ variants: [{ label: null, bands: expected }], unread: [] });
      }),
      RUNS,
    );
  });

  it('a 5G list with modes and a label reads back exactly, in any order', () => {
    const modes = fc.constantFrom('SA/NSA', 'SA/NSA/Sub6', 'NSA', 'SA/NSA/Sub6/mmWave');
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...NR_NUMBERS), { minLength: 1 }), modes, (numbers, mode) => {
        const parse = parseDeviceBandFields({ nr: `${numbers.join(', ')} ${mode} - International` });
        const bands = [...numbers].sort((x, y) => x - y).map((n) => `n${n}`);
        const nrModes = mode.startsWith('SA') ? ['SA', 'NSA'] : ['NSA'];
        expect(parse).toEqual({ variants: [{ label: 'International', bands, nrModes }], unread: [] });
      }),
      RUNS,
    );
  });

  it('drops nothing silently: a stray word inside a list comes back as unread', () => {
    const junk = fc.stringMatching(/^[a-z]{1,8}$/).map((word) => `zq${word}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...LTE_NUMBERS), { minLength: 2 }), junk, (numbers, word) => {
        const list = [numbers[0], word, ...numbers.slice(1)].join(', ');
        const parse = parseDeviceBandFields({ lte: list });
        expect(parse.unread).toEqual([{ field: 'lte', text: word, reason: 'not band text' }]);
        expect(parse.variants[0]!.bands).toHaveLength(numbers.length);
      }),
      RUNS,
    );
  });

  it('every band it returns is a registry band and every variant is labelled apart', () => {
    const ids = new Set(BANDS.map((band) => band.id));
    fc.assert(
      fc.property(bandish, (text) => {
        const parse = parseDeviceBandFields({ gsm: text, lte: text });
        for (const variant of parse.variants) for (const id of variant.bands) expect(ids.has(id)).toBe(true);
        const labels = parse.variants.map((variant) => variant.label);
        expect(new Set(labels).size).toBe(labels.length);
      }),
      RUNS,
    );
  });
});
