import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { dialectCases, fixtureDevice, fixtureStarter, urlOfDatabase } from './store-fixtures.js';

const { cases } = dialectCases();

describe('urlOfDatabase', () => {
  it('names another database on the same server, keeping user, host and parameters', () => {
    const url = urlOfDatabase('postgres://me:pw@127.0.0.1:54329/bandfit_test?sslmode=disable', 'bandfit_t_ab12');
    expect(url).toBe('postgres://me:pw@127.0.0.1:54329/bandfit_t_ab12?sslmode=disable');
  });
});

describe.each(cases)('fresh() on $name', (dialect) => {
  const open: Store[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });

  it('gives each call a database of its own: opening a second store leaves the first one as it was', async () => {
    const first = await openStore({ ...(await dialect.fresh()), env: {}, starter: fixtureStarter(['a'], 'v1') });
    open.push(first);
    await first.upsertDevices([fixtureDevice('kept')], { origin: 'import' });
    const second = await openStore({ ...(await dialect.fresh()), env: {}, starter: fixtureStarter(['b'], 'v1') });
    open.push(second);
    expect((await first.listDevices()).map((d) => d.id)).toEqual(['fixture-a', 'fixture-kept']);
    expect((await second.listDevices()).map((d) => d.id)).toEqual(['fixture-b']);
  });
});
