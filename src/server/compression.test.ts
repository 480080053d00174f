import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodingWeights } from './compression.js';

describe('encodingWeights', () => {
  it('reads the weights of RFC 9110 section 12.5.3', () => {
    expect(encodingWeights(undefined)).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('')).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('identity')).toEqual({ gzip: 0, br: 0 });
    expect(encodingWeights('gzip, deflate, br')).toEqual({ gzip: 1, br: 1 });
    expect(encodingWeights('br')).toEqual({ gzip: 0, br: 1 });
    expect(encodingWeights('br;q=1.0, gzip;q=0.8')).toEqual({ gzip: 0.8, br: 1 });
    expect(encodingWeights('GZIP;Q=0.5, br;q=0.4')).toEqual({ gzip: 0.5, br: 0.4 });
    expect(encodingWeights('gzip;q=0, br')).toEqual({ gzip: 0, br: 1 });
    expect(encodingWeights('*')).toEqual({ gzip: 1, br: 1 });
    expect(encodingWeights('*;q=0.1, gzip;q=0')).toEqual({ gzip: 0, br: 0.1 });
    expect(encodingWeights(['deflate', 'gzip'])).toEqual({ gzip: 1, br: 0 });
    expect(encodingWeights('br;q=0.5, gzip;q=2, *;q=x')).toEqual({ br: 0.5, gzip: 1 });
  });

  it('never throws, and weighs only what the header names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (header) => {
        const weights = encodingWeights(header);
        for (const [name, weight] of Object.entries(weights)) {
          expect(weight).toBeGreaterThanOrEqual(0);
          expect(weight).toBeLessThanOrEqual(1);
          if (weight > 0) expect(header.toLowerCase()).toMatch(new RegExp(`${name}|\\*`));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
