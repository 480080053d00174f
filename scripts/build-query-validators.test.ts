import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itMatchesCommitted } from './test-support/committed-output.js';
import * as validators from '../src/service/query-validators.generated.js';
import { queryValidatorsText, VALIDATORS_PATH } from './build-query-validators.js';

describe('build-query-validators', () => {
  itMatchesCommitted(VALIDATORS_PATH, queryValidatorsText, 'src/service/query-schemas.ts', 'npm run build:validators');

  it('needs no package at run time and reads text as the routes do', () => {
    const text = readFileSync(VALIDATORS_PATH, 'utf8');
    expect(text).not.toMatch(/\brequire\(/);
    expect(text.match(/^import .*$/gm)).toEqual(["import { ucs2length } from './ucs2length.js';"]);
    const params: Record<string, unknown> = { country: 'US', limit: '5', esim: 'true' };
    expect(validators.phones(params)).toBe(true);
    expect(params).toEqual({ country: 'US', limit: 5, esim: true });
    const trip: Record<string, unknown> = { countries: 'JP' };
    expect([validators.trip(trip), trip.countries]).toEqual([true, ['JP']]);
    // Counted in code points, as Fastify's Ajv counts: 100 emoji are 100 characters, not 200.
    expect(validators.check({ device: '📱'.repeat(100) })).toBe(true);
    expect(validators.check({ device: '📱'.repeat(101) })).toBe(false);
  });
});
