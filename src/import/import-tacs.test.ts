import { describe, expect, it } from 'vitest';
import { readTacTable } from './import-tacs.js';

describe('readTacTable (Osmocom tacdb layout)', () => {
  it('reads the licence line, CRLF lines and quoted aka codes, counting lines as the file does', () => {
    const text = 'My TACs under CC0\ntac,name,name,contributor,comment,gsmarena,gsmarena,aka\r\n35000001,Fixture,FX 1,me,,,,"FX-1A,FX-1B"\r\n35000002,Fixture,FX 2,me,,,,\r\n';
    expect(readTacTable(text, 'mine.csv')).toEqual({
      rows: [
        { tac: '35000001', brand: 'Fixture', models: ['FX 1', 'FX-1A', 'FX-1B'], row: 'mine.csv line 3' },
        { tac: '35000002', brand: 'Fixture', models: ['FX 2'], row: 'mine.csv line 4' },
      ],
      rejected: [],
    });
  });

  it('takes the three first columns alone, and reports every bad row by line', () => {
    const text = 'tac,name,name\n35000001,Fixture,FX 1\n3500000X,Fixture,FX 2\n35000001,Fixture,FX 3\n35000004,,FX 4\n';
    expect(readTacTable(text, 'mine.csv').rejected).toEqual([
      { line: 3, reason: 'TAC "3500000X" is not 8 digits' },
      { line: 4, reason: 'TAC 35000001 is given twice (line 2 too)' },
      { line: 5, reason: 'brand or model is empty' },
    ]);
  });

  it('refuses a file that is not the layout', () => {
    expect(() => readTacTable('imei,brand\n1,2\n', 'x.csv')).toThrow(/not the Osmocom TAC layout/);
  });
});
