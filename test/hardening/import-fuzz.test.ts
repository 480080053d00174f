import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS, type FormatOption } from '../../src/import/detect-format.js';
import { importDevices } from '../../src/import/import-devices.js';
import { hasSharedData, sharedPath } from '../support/shared-data.js';
import { importFuzzHarness } from './support/import-fuzz-harness.js';

/**
 * The device import under truncated, corrupt and foreign files: it either imports or throws a
 * `BandfitError`, and a failed all-or-nothing import leaves the store's device count and
 * catalog version exactly as they were (STYLE.md, "Bad input never loses data"). JSON files and
 * unreadable paths, which need no reference data, are in import-fuzz.json.test.ts.
 */
const PRESENT = hasSharedData('gsmarena-1997808-2023/data_tidy_2.csv');
const tidy = PRESENT ? readFileSync(sharedPath('gsmarena-1997808-2023', 'data_tidy_2.csv')) : Buffer.alloc(0);
const header = tidy.subarray(0, tidy.indexOf(0x0a) + 1);

const { dir, state, importBytes } = importFuzzHarness();

const format = fc.constantFrom<FormatOption>(...FORMATS);

describe.skipIf(!PRESENT)('truncated data_tidy_2.csv', () => {
  it('cut at random byte offsets in the first 200 KB: imports or fails cleanly', async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 200_000 }), async (offset) => {
        const outcome = await importBytes(tidy.subarray(0, offset), 'data_tidy_2.csv');
        codes.set(outcome, (codes.get(outcome) ?? 0) + 1);
      }),
      { numRuns: 60 },
    );
    // The first 200 KB hold rows the parser rejects, so most cuts fail, as all-or-nothing must.
    expect(codes.get('E_IMPORT') ?? 0, JSON.stringify([...codes])).toBeGreaterThan(0);
  });

  it('cut anywhere in the whole 3 MB file, a UTF-8 character split included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200_000, max: tidy.length }), async (offset) => {
        await importBytes(tidy.subarray(0, offset), 'data_tidy_2.csv');
      }),
      { numRuns: 6 },
    );
  });

  it('an empty file, a BOM alone, the header alone, the header and a blank line', async () => {
    for (const [bytes, name] of [
      [Buffer.alloc(0), 'empty.csv'],
      [Buffer.from([0xef, 0xbb, 0xbf]), 'bom.csv'],
      [header, 'header.csv'],
      [Buffer.concat([header, Buffer.from('\n\n\r\n')]), 'header-blank.csv'],
      [header.subarray(0, header.length - 1), 'header-no-newline.csv'],
      ['\n\n\n', 'blank.csv'],
      ['[]', 'empty.json'],
      ['{}', 'object.json'],
      ['null', 'null.json'],
    ] as const) {
      const outcome = await importBytes(bytes, name);
      expect(['imported', 'E_IMPORT', 'E_BAD_INPUT']).toContain(outcome);
    }
  });
});

describe.skipIf(!PRESENT)('corrupt and foreign files', () => {
  const sample = tidy.subarray(0, 40_000);

  it('random byte corruption of a real CSV slice, in every format', async () => {
    const edit = fc.record({ at: fc.nat({ max: sample.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 20 }), format, async (edits, f) => {
        const bytes = Buffer.from(sample);
        for (const { at, bytes: b } of edits) bytes.set(b.subarray(0, bytes.length - at), at);
        await importBytes(bytes, 'corrupt.csv', f);
      }),
      { numRuns: 150 },
    );
  });

  it('binary garbage, with and without a CSV or JSON name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom('g.csv', 'g.json', 'g.bin', 'g'), format, async (bytes, name, f) => {
        await importBytes(bytes, name, f);
      }),
      { numRuns: 300 },
    );
  });

  it('the header with random unicode cells and prototype-named columns', async () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', '"', '""', '\r', '\u0000', 'GSM 900 / 1800', '1, 3, 7, 20', 'n78'));
    const row = fc.array(cell, { minLength: 0, maxLength: 32 }).map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    const head = fc.oneof(fc.constant(header.toString('utf8').trimEnd()), fc.constant(`__proto__,constructor,${header.toString('utf8').trimEnd()}`));
    await fc.assert(
      fc.asyncProperty(head, fc.array(row, { maxLength: 6 }), async (h, rows) => {
        await importBytes([h, ...rows].join('\n'), 'unicode.csv');
      }),
      { numRuns: 200 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('wrong encodings: UTF-16 with and without a BOM, Latin-1, UTF-8 cut inside a character', async () => {
    const text = sample.toString('utf8');
    const utf16 = Buffer.from(text, 'utf16le');
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]), 'utf16-bom.csv'],
      [utf16, 'utf16.csv'],
      [Buffer.from(`${header.toString('utf8')}Nokia 3310 caf\u00e9,Nokia,GSM,GSM 900 / 1800\n`, 'latin1'), 'latin1.csv'],
      [Buffer.concat([header, Buffer.from('Acer \xe9', 'latin1')]), 'latin1-cut.csv'],
      [Buffer.concat([header, Buffer.from('Acer Iconia ', 'utf8'), Buffer.from([0xe2, 0x82])]), 'utf8-split.csv'],
      [Buffer.from(state.exported, 'utf16le'), 'export-utf16.json'],
    ];
    for (const [bytes, name] of cases) await importBytes(bytes, name);
  });

  it('a Latin-1 file is refused naming the line, not imported with U+FFFD in its names', async () => {
    const row = tidy.toString('utf8').split('\n')[2]!.replace('Acer Iconia Talk S', 'Acer Iconia Talk S\u00e4ve');
    const file = join(dir, 'latin1-row.csv');
    writeFileSync(file, Buffer.concat([header, Buffer.from(`${row}\n`, 'latin1')]));
    const before = await state.store.countDevices();
    await expect(importDevices(state.store, file)).rejects.toMatchObject({ code: 'E_IMPORT', message: expect.stringMatching(/line 2: not UTF-8/) });
    expect(await state.store.countDevices()).toBe(before);
    expect((await state.store.listDevices()).filter((d) => d.name.includes('\uFFFD'))).toEqual([]);
    // The same row as UTF-8 goes in with its letter intact.
    writeFileSync(file, `${header.toString('utf8')}${row}\n`);
    await importDevices(state.store, file);
    expect((await state.store.listDevices()).map((d) => d.name)).toContain('Iconia Talk S\u00e4ve');
  });
});
