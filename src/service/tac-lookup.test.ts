import { describe, expect, it } from 'vitest';
import { decodeTacCatalog, TAC_FORMAT_VERSION } from '../catalog/tac-catalog.js';
import { IMPORTED_SOURCE, tacLookup } from './tac-lookup.js';

const catalog = decodeTacCatalog({
  formatVersion: TAC_FORMAT_VERSION, dataVersion: 't', licence: 't',
  sources: [{ id: 't', file: 't.csv', title: 'T', credit: 't', licence: 'MIT', licenceUrl: '', origin: '', tacs: 1 }],
  rows: [[0, 'Fixture', ['FX-1'], '12345678 23456789']],
});

describe('tacLookup', () => {
  it('reads the compiled catalog only when a TAC is not imported, and once', () => {
    let loads = 0;
    const lookup = tacLookup([{ tac: '23456789', brand: 'Mine', models: ['MY-1'], row: 'mine.csv line 2' }], () => {
      loads++;
      return catalog;
    });
    expect(lookup.find('23456789')).toMatchObject({ brand: 'Mine', source: IMPORTED_SOURCE });
    expect(loads).toBe(0);
    expect(lookup.find('12345678')).toMatchObject({ brand: 'Fixture', row: 't.csv, TAC 12345678', source: 'T (MIT)' });
    expect(lookup.find('99999999')).toBeUndefined();
    expect(loads).toBe(1);
  });

  it('refuses a catalog of another format', () => {
    expect(() => decodeTacCatalog({ formatVersion: 99 } as never)).toThrow(/run npm run build:tacs/);
  });
});
