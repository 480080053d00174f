import { describe, expect, it } from 'vitest';
import * as bandfit from '../../src/index.js';
import { thrown } from '../support/thrown.js';

/**
 * A library call takes a typed query that no schema has checked: a `limit` outside the range the
 * route's schema states is refused with the route's problem, not answered with a slice
 * (`slice(0, -1)` gave every phone but the last).
 */
describe('library limits', async () => {
  const snapshot = await bandfit.openSnapshot();

  it.each([-1, 0, 1.5, 51])('devices refuses limit %s, naming the parameter and its range', (limit) => {
    const error = thrown(() => bandfit.devices(snapshot, { limit }));
    expect(error).toMatchObject({ code: 'E_BAD_INPUT', problem: { kind: 'bad-limit', parameter: 'limit', input: String(limit), max: 50 } });
    expect(error.message).toContain('from 1 to 50');
  });

  it.each([-1, 0, 2.5, 101])('phones refuses limit %s', (limit) => {
    const error = thrown(() => bandfit.phones(snapshot, { country: 'DE', limit }));
    expect(error).toMatchObject({ code: 'E_BAD_INPUT', problem: { kind: 'bad-limit', max: 100 } });
  });

  it('answers a limit in range with that many', () => {
    expect(bandfit.devices(snapshot, { limit: 3 }).devices).toHaveLength(3);
    expect(bandfit.devices(snapshot, { limit: 50 }).devices).toHaveLength(50);
    expect(bandfit.phones(snapshot, { country: 'DE', limit: 2 }).phones).toHaveLength(2);
  });
});
