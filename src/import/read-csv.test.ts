import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { readCsv } from './read-csv.js';

describe('readCsv', () => {
  it('keys rows by header, names blank and repeated columns, and keeps start lines', () => {
    const { header, rows, problems } = readCsv('a,,a\n1,"two\nlines",3\n4,5,6\n', 'x.csv');
    expect(header).toEqual(['a', '_blank', 'a_1']);
    expect(rows).toEqual([
      { line: 2, cells: { a: '1', _blank: 'two\nlines', a_1: '3' } },
      { line: 4, cells: { a: '4', _blank: '5', a_1: '6' } },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a row with the wrong number of fields by line', () => {
    const { rows, problems } = readCsv('a,b\n1,2\n3\n4,5\n', 'x.csv');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(problems).toEqual([{ line: 3, reason: 'malformed CSV: 1 fields where the header has 2' }]);
  });

  it('throws only BandfitError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          readCsv(`a,b\n${text}`, 'x.csv');
        } catch (error) {
          expect(error).toBeInstanceOf(BandfitError);
        }
      }),
    );
  });
});
