import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedPath } from '../../test/support/shared-data.js';
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

/**
 * Every band field of the two GSMArena dumps (SOURCES.md sections 2 and 3), one row per distinct
 * set of fields. The original is the field-by-field parse; a paste is the same fields as a person
 * copies them off the page: under GSMArena's row headings or with a technology in front, the rows
 * joined by newlines, `;` or `|`, or the numbers on the line under their heading.
 */
type Fields = { gsm: string; umts: string; lte: string; nr: string };
const DUMPS = ['gsmarena-1997808-2023', 'gsmarena-foykes-2021'];

function dumpFields(): Fields[] {
  const read = (file: string) => parseCsv(readFileSync(sharedPath(file)), { columns: true, relax_column_count: true }) as Record<string, string>[];
  const clean = (text?: string) => (text ?? '').replace(/[\u2009\u00a0]/g, ' ').trim();
  const pick = (row: Record<string, string>, names: string[]): Fields => {
    const [gsm, umts, lte, nr] = names.map((name) => clean(row[name]));
    return { gsm: gsm!, umts: umts!, lte: lte!, nr: nr! };
  };
  const rows = [
    ...read('gsmarena-1997808-2023/data_tidy_2.csv').map((r) => pick(r, ['NETWORK_2G_bands', 'NETWORK_3G_bands', 'NETWORK_4G_bands', 'NETWORK_5G_bands'])),
    ...read('gsmarena-foykes-2021/gsm_arena_2021_decoded.csv').map((r) => pick(r, ['2G bands', '3G bands', '4G bands', '5G bands'])),
  ];
  return [...new Map(rows.map((f) => [JSON.stringify(f), f])).values()];
}

const HEADINGS: Record<keyof Fields, string> = { gsm: '2G bands', umts: '3G bands', lte: '4G bands', nr: '5G bands' };
/** The 2G and 3G rows already start with their technology (`GSM 850 / …`, `HSDPA 850 / …`). */
const TECH_NAMES: Record<keyof Fields, string> = { gsm: '', umts: '', lte: 'LTE ', nr: '5G ' };
const rowsOf = (f: Fields, line: (key: keyof Fields) => string) => (Object.keys(HEADINGS) as (keyof Fields)[]).filter((k) => f[k]).map(line);

const LAYOUTS: Record<string, (f: Fields) => string> = {
  'headings, newlines': (f) => rowsOf(f, (k) => `${HEADINGS[k]} ${f[k]}`).join('\n'),
  'headings, ;': (f) => rowsOf(f, (k) => `${HEADINGS[k]} ${f[k]}`).join('; '),
  'headings, |': (f) => rowsOf(f, (k) => `${HEADINGS[k]} ${f[k]}`).join(' | '),
  'headings with colons': (f) => rowsOf(f, (k) => `${HEADINGS[k]}: ${f[k]}`).join('\n'),
  'table copy (tabs)': (f) => rowsOf(f, (k) => `${HEADINGS[k]}\t${f[k]}`).join('\n'),
  'numbers under their heading': (f) => rowsOf(f, (k) => `${HEADINGS[k]}\n${f[k]}`).join('\n'),
  'technology names, newlines': (f) => rowsOf(f, (k) => `${TECH_NAMES[k]}${f[k]}`).join('\n'),
  'technology names, ;': (f) => rowsOf(f, (k) => `${TECH_NAMES[k]}${f[k]}`).join('; '),
};

const bandSet = (parse: { variants: { bands: string[] }[] }): string[] => [...new Set(parse.variants.flatMap((v) => v.bands))].sort();

const PRESENT = hasSharedData(...DUMPS);

describe.skipIf(!PRESENT)('pasting the GSMArena dumps loses no band', () => {
  // Read only when present: a skipped suite is still collected.
  const all = PRESENT ? dumpFields() : [];
  const original = all.map((f) => ({ f, bands: bandSet(parseDeviceBandFields(f)) })).filter((o) => o.bands.length > 0);

  it('reads thousands of distinct band fields from the dumps', () => {
    expect(original.length).toBeGreaterThan(3000);
  });

  it.each(Object.entries(LAYOUTS))('%s: every row reads back to the bands of its fields', (_name, layout) => {
    const lost = original.filter(({ f, bands }) => JSON.stringify(bandSet(parseDeviceBandText(layout(f)))) !== JSON.stringify(bands));
    expect(lost.slice(0, 3).map(({ f }) => layout(f))).toEqual([]);
  });

  it('in any order of the rows and any mix of joiners', () => {
    const joiner = fc.constantFrom('\n', '; ', ' | ', '\r\n');
    fc.assert(
      fc.property(fc.constantFrom(...original), fc.array(joiner, { minLength: 3, maxLength: 3 }), fc.boolean(), ({ f, bands }, joins, reverse) => {
        const lines = rowsOf(f, (k) => `${HEADINGS[k]} ${f[k]}`);
        if (reverse) lines.reverse();
        const text = lines.reduce((acc, line, i) => (i === 0 ? line : `${acc}${joins[i - 1]}${line}`), '');
        expect(bandSet(parseDeviceBandText(text))).toEqual(bands);
      }),
      RUNS,
    );
  });
});
