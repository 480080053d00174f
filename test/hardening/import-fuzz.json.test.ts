import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS, type FormatOption } from '../../src/import/detect-format.js';
import { importDevices } from '../../src/import/import-devices.js';
import { importFuzzHarness } from './support/import-fuzz-harness.js';

/** The device import under cut, random and hostile JSON, and paths that cannot be read (no reference data needed). */
const { dir, state, importBytes } = importFuzzHarness();
const format = fc.constantFrom<FormatOption>(...FORMATS);

describe('JSON files', () => {
  it('a bandfit export cut at random offsets: imports nothing unless the cut is clean', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: state.exported.length - 1 }), async (offset) => {
        const outcome = await importBytes(state.exported.slice(0, offset), 'export.json');
        expect(outcome).not.toBe('imported');
      }),
      { numRuns: 40 },
    );
  });

  it('random JSON, prototype keys and mutated device records', async () => {
    const device = JSON.parse(state.exported)[0] as Record<string, unknown>;
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
    const before = await state.store.catalogVersion();
    for (const file of [join(dir, 'missing.csv'), dir]) {
      await expect(importDevices(state.store, file)).rejects.toMatchObject({ code: 'E_BAD_INPUT' });
    }
    expect(await state.store.catalogVersion()).toBe(before);
  });
});
