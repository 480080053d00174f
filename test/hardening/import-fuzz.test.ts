import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BandfitError } from '../../src/errors.js';
import { FORMATS, type FormatOption } from '../../src/import/detect-format.js';
import { importDevices } from '../../src/import/import-devices.js';
import { exportStore } from '../../src/store/export-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { hasSharedData, sharedPath } from '../support/shared-data.js';

/**
 * The device import under truncated, corrupt and foreign files: it either imports or throws a
 * `BandfitError`, and a failed all-or-nothing import leaves the store's device count and
 * catalog version exactly as they were (STYLE.md, "Bad input never loses data").
 */
const PRESENT = hasSharedData('gsmarena-1997808-2023/data_tidy_2.csv');
const tidy = PRESENT ? readFileSync(sharedPath('gsmarena-1997808-2023', 'data_tidy_2.csv')) : Buffer.alloc(0);
const header = tidy.subarray(0, tidy.indexOf(0x0a) + 1);

const dir = mkdtempSync(join(tmpdir(), 'bandfit-import-fuzz-'));
let store: Store;
let exported = '';
let fileNo = 0;

beforeAll(async () => {
  store = await openStore({ file: join(dir, 'store.db') });
  exported = JSON.stringify(await exportStore(store));
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Imports `bytes` as a file named `name`, all or nothing. Returns the outcome after checking the
 * failure is a `BandfitError` that changed nothing.
 */
async function importBytes(bytes: Uint8Array | string, name: string, format: FormatOption = 'auto'): Promise<'imported' | string> {
  const file = join(dir, `${fileNo++}-${name}`);
  writeFileSync(file, bytes);
  const before = { count: await store.countDevices(), version: await store.catalogVersion() };
  try {
    const report = await importDevices(store, file, { format, today: '2026-01-01' });
    // A successful import only adds or updates: it never loses a device.
    expect(await store.countDevices()).toBeGreaterThanOrEqual(before.count);
    expect(report.rejected).toEqual([]);
    return 'imported';
  } catch (error) {
    expect(error, `${name} (${format}): ${String(error)}`).toBeInstanceOf(BandfitError);
    expect((error as BandfitError).message.length).toBeGreaterThan(0);
    expect(await store.countDevices()).toBe(before.count);
    expect(await store.catalogVersion()).toBe(before.version);
    return (error as BandfitError).code;
  } finally {
    rmSync(file, { force: true });
  }
}

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
      [Buffer.from(exported, 'utf16le'), 'export-utf16.json'],
    ];
    for (const [bytes, name] of cases) await importBytes(bytes, name);
  });

  it('a Latin-1 file is refused naming the line, not imported with U+FFFD in its names', async () => {
    const row = tidy.toString('utf8').split('\n')[2]!.replace('Acer Iconia Talk S', 'Acer Iconia Talk S\u00e4ve');
    const file = join(dir, 'latin1-row.csv');
    writeFileSync(file, Buffer.concat([header, Buffer.from(`${row}\n`, 'latin1')]));
    const before = await store.countDevices();
    await expect(importDevices(store, file)).rejects.toMatchObject({ code: 'E_IMPORT', message: expect.stringMatching(/line 2: not UTF-8/) });
    expect(await store.countDevices()).toBe(before);
    expect((await store.listDevices()).filter((d) => d.name.includes('\uFFFD'))).toEqual([]);
    // The same row as UTF-8 goes in with its letter intact.
    writeFileSync(file, `${header.toString('utf8')}${row}\n`);
    await importDevices(store, file);
    expect((await store.listDevices()).map((d) => d.name)).toContain('Iconia Talk S\u00e4ve');
  });
});

describe('JSON files', () => {
  it('a bandfit export cut at random offsets: imports nothing unless the cut is clean', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: exported.length - 1 }), async (offset) => {
        const outcome = await importBytes(exported.slice(0, offset), 'export.json');
        expect(outcome).not.toBe('imported');
      }),
      { numRuns: 40 },
    );
  });

  it('random JSON, prototype keys and mutated device records', async () => {
    const device = JSON.parse(exported)[0] as Record<string, unknown>;
    const mutated = fc.tuple(fc.constantFrom(...Object.keys(device), '__proto__', 'constructor'), fc.jsonValue()).map(([k, v]) => {
      const text = JSON.stringify({ ...device, [k === '__proto__' ? '__proto__x' : k]: v });
      return k === '__proto__' ? text.replace('"__proto__x"', '"__proto__"') : text;
    });
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.array(mutated, { minLength: 1, maxLength: 3 }).map((list) => `[${list.join(',')}]`),
      fc.constantFrom('[{"__proto__":null,"variants":[]}]', '{"devices":[{"__proto__":{"polluted":1}}]}', '[{"Network":{"__proto__":null}}]', `${'['.repeat(100_000)}`),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('x.json', 'x.csv'), format, async (text, name, f) => {
        await importBytes(text, name, f);
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a file that cannot be read', () => {
  it('a missing file and a directory are E_BAD_INPUT, nothing written', async () => {
    const before = await store.catalogVersion();
    for (const file of [join(dir, 'missing.csv'), dir]) {
      await expect(importDevices(store, file)).rejects.toMatchObject({ code: 'E_BAD_INPUT' });
    }
    expect(await store.catalogVersion()).toBe(before);
  });
});
