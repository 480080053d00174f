import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { compileDevices } from './compile-devices.js';

const file = (name: string, content: unknown) => ({ name, text: typeof content === 'string' ? content : JSON.stringify(content) });

const minimal = {
  id: 'fixture-one',
  brand: 'Fixture',
  name: 'One',
  variants: [{ id: 'fixture-one-global', label: 'Global', bands: ['GSM900', 'B3'] }],
  sources: [{ title: 'test fixture' }],
  checked: '2026-01-01',
};

describe('compileDevices', () => {
  it('accepts one device or a list per file, in file order', () => {
    expect(compileDevices([file('a.json', minimal)])).toEqual(compileDevices([file('a.json', [minimal])]));
    const two = compileDevices([file('a.json', minimal), file('b.json', [{ ...minimal, id: 'fixture-two' }])]);
    expect(two.map((d) => d.id)).toEqual(['fixture-one', 'fixture-two']);
  });

  it.each([
    ['an unknown band', { ...minimal, variants: [{ ...minimal.variants[0], bands: ['B999'] }] }, 'unknown band id "B999"'],
    ['no variants', { ...minimal, variants: [] }, 'at least one variant'],
    ['an id that is not a slug', { ...minimal, id: 'Fixture One' }, 'not a lower-case slug'],
    ['a bad date', { ...minimal, announced: 'April 2017' }, 'ISO date'],
  ])('rejects a record with %s as corrupt data', (_, record, message) => {
    let error: unknown;
    try {
      compileDevices([file('x.json', [record])]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BandfitError);
    expect((error as BandfitError).code).toBe('E_CORRUPT_DATA');
    expect((error as BandfitError).message).toContain(message);
    expect((error as BandfitError).message).toContain('data/devices/x.json[0]');
  });

  it('rejects an id used twice and a file that is not JSON', () => {
    expect(() => compileDevices([file('a.json', minimal), file('b.json', minimal)])).toThrow(/b\.json\[0\].*also used in data\/devices\/a\.json\[0\]/);
    expect(() => compileDevices([file('a.json', '{ nope')])).toThrow(/a\.json is not valid JSON/);
  });
});
