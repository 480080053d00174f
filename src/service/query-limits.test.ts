import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli/run-cli.js';
import { openSnapshot } from './open-snapshot.js';
import { compareQuery, tripQuery, whereQuery } from './queries.js';
import { MAX_COUNTRIES, MAX_DEVICES } from './query-limits.js';

const snapshot = await openSnapshot();
const phones = (n: number) => Array.from({ length: n }, () => 'Xiaomi Mi 6');
const countries = (n: number) => Array.from({ length: n }, () => 'JP');
const refused = (parameter: string) => expect.objectContaining({ code: 'E_BAD_INPUT', details: expect.objectContaining({ path: [parameter] }) });

describe('query limits, the same for the CLI and the HTTP routes', () => {
  it('a trip takes at most MAX_DEVICES phones (names and IMEIs together) and MAX_COUNTRIES countries', () => {
    expect(tripQuery(snapshot, { devices: phones(MAX_DEVICES), countries: countries(MAX_COUNTRIES) }).phones).toHaveLength(MAX_DEVICES);
    expect(() => tripQuery(snapshot, { devices: phones(MAX_DEVICES), imei: ['35799425'], countries: ['JP'] })).toThrow(refused('devices'));
    expect(() => tripQuery(snapshot, { devices: ['Xiaomi Mi 6'], countries: countries(MAX_COUNTRIES + 1) })).toThrow(refused('countries'));
  });
  it('where takes at most MAX_COUNTRIES countries to keep', () => {
    expect(whereQuery(snapshot, { device: 'Xiaomi Mi 6', countries: countries(MAX_COUNTRIES) }).countries).toHaveLength(1);
    expect(() => whereQuery(snapshot, { device: 'Xiaomi Mi 6', countries: countries(MAX_COUNTRIES + 1) })).toThrow(refused('country'));
  });
  it('a comparison takes at most MAX_DEVICES phones', () => {
    expect(compareQuery(snapshot, { devices: phones(MAX_DEVICES) }).devices).toHaveLength(MAX_DEVICES);
    expect(() => compareQuery(snapshot, { devices: phones(MAX_DEVICES + 1) })).toThrow(refused('devices'));
  });
  it('the CLI answers a phone too many as bad usage, like the API\'s 400', async () => {
    // The schema's limit (maxItems) refuses it before the query is asked, as the route's does.
    const r = await runCli(['compare', ...phones(MAX_DEVICES + 1)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`takes at most ${MAX_DEVICES} values, got ${MAX_DEVICES + 1}`);
  });
});
