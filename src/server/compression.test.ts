import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding, encodingWeights } from './compression.js';

describe('acceptedEncoding', () => {
  it('reads the weights of RFC 9110 section 12.5.3', () => {
    expect(acceptedEncoding(undefined)).toBeUndefined();
    expect(acceptedEncoding('')).toBeUndefined();
    expect(acceptedEncoding('identity')).toBeUndefined();
    expect(acceptedEncoding('gzip, deflate, br')).toBe('gzip');
    expect(acceptedEncoding('br')).toBe('br');
    expect(acceptedEncoding('br;q=1.0, gzip;q=0.8')).toBe('br');
    expect(acceptedEncoding('GZIP;Q=0.5, br;q=0.4')).toBe('gzip');
    expect(acceptedEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(acceptedEncoding('gzip;q=0, br')).toBe('br');
    expect(acceptedEncoding('*')).toBe('gzip');
    expect(acceptedEncoding('*;q=0.1, gzip;q=0')).toBe('br');
    expect(acceptedEncoding(['deflate', 'gzip'])).toBe('gzip');
    expect(encodingWeights('br;q=0.5, gzip;q=2, *;q=x')).toEqual({ br: 0.5, gzip: 1 });
    expect(encodingWeights(undefined)).toEqual({ br: 0, gzip: 0 });
  });

  it('never throws and only names an encoding the header accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (header) => {
        const encoding = acceptedEncoding(header);
        if (encoding !== undefined) expect(header.toLowerCase()).toMatch(new RegExp(`${encoding}|\\*`));
      }),
      { numRuns: 2000 },
    );
  });
});
