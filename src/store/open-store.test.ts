import { afterEach, describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { openStore } from './open-store.js';
import type { Store } from './store.js';
import { dialectCases, fixtureDevice, fixtureStarter } from './test-support/store-fixtures.js';

const { cases, skipped } = dialectCases();
if (skipped) {
  describe('store on PostgreSQL', () => {
    it.skip(skipped, () => undefined);
  });
  console.warn(skipped);
}

describe.each(cases)('store on $name', (dialect) => {
  const open: Store[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });
  async function fresh(starterIds = ['a', 'b'], version = 'v1') {
    const where = await dialect.fresh();
    const store = await openStore({ ...where, env: {}, starter: fixtureStarter(starterIds, version) });
    open.push(store);
    return { store, where };
  }

  it('seeds the starter catalog on first open', async () => {
    const { store } = await fresh();
    expect(store.dialect).toBe(dialect.name);
    expect((await store.listDevices()).map((d) => d.id)).toEqual(['fixture-a', 'fixture-b']);
    expect(await store.starterVersion()).toBe('v1');
    expect((await store.deviceOrigins()).get('fixture-a')).toBe('starter');
  });

  it('re-seeds when the starter version changes, leaving imports alone', async () => {
    const { store, where } = await fresh(['a', 'b'], 'v1');
    await store.upsertDevices([fixtureDevice('imp')], { origin: 'import' });
    const before = await store.catalogVersion();
    await store.close();
    open.pop();
    const same = await openStore({ ...where, env: {}, starter: fixtureStarter(['a', 'b'], 'v1') });
    expect(await same.catalogVersion()).toBe(before);
    await same.close();
    const next = await openStore({ ...where, env: {}, starter: fixtureStarter(['a', 'c'], 'v2') });
    open.push(next);
    expect((await next.listDevices()).map((d) => d.id)).toEqual(['fixture-a', 'fixture-c', 'fixture-imp']);
    expect(await next.countDevices({ origin: 'import' })).toBe(1);
    expect(await next.getDevice('fixture-b')).toBeUndefined();
    expect(await next.catalogVersion()).not.toBe(before);
  });

  it('a new starter catalog never deletes or overwrites a phone the user taught, nor does an import', async () => {
    const { store, where } = await fresh(['a', 'b'], 'v1');
    // One taught phone of its own id, one taught under a starter id (a catalog phone taught anew).
    await store.upsertDevices([fixtureDevice('own', { name: 'Taught Own' }), fixtureDevice('b', { name: 'Taught B' })], { origin: 'user' });
    expect((await store.getDevice('fixture-b'))?.name).toBe('Taught B');
    const imported = await store.upsertDevices([fixtureDevice('own', { name: 'Imported Own' })], { origin: 'import' });
    expect(imported.keptUser).toEqual(['fixture-own']);
    await store.close();
    open.pop();
    // v2 drops b and adds c: b stays as taught, own stays, c arrives.
    const next = await openStore({ ...where, env: {}, starter: fixtureStarter(['a', 'c', 'own'], 'v2') });
    open.push(next);
    expect((await next.listDevices()).map((d) => `${d.id}:${d.name}`)).toEqual(['fixture-a:Phone A', 'fixture-b:Taught B', 'fixture-c:Phone C', 'fixture-own:Taught Own']);
    const origins = await next.deviceOrigins();
    expect([origins.get('fixture-b'), origins.get('fixture-own'), origins.get('fixture-c')]).toEqual(['user', 'user', 'starter']);
    expect((await next.getDevice('fixture-own'))?.variants[0]?.models).toEqual(['FX-OWN1']);
  });

  it('upserts idempotently: a re-import updates and never duplicates', async () => {
    const { store } = await fresh([]);
    const first = await store.upsertDevices([fixtureDevice('x'), fixtureDevice('y')], { origin: 'import', sourceFile: 'f.csv' });
    expect(first).toEqual({ inserted: 2, updated: 0, keptStarter: [] });
    const changed = fixtureDevice('x', { name: 'Phone X renamed' });
    const second = await store.upsertDevices([changed, fixtureDevice('y')], { origin: 'import' });
    expect(second).toEqual({ inserted: 0, updated: 2, keptStarter: [] });
    expect(await store.countDevices()).toBe(2);
    expect((await store.getDevice('fixture-x'))?.name).toBe('Phone X renamed');
  });

  it('keeps a curated starter record over an imported one with the same id', async () => {
    const { store } = await fresh(['a']);
    const result = await store.upsertDevices([fixtureDevice('a', { name: 'Imported A' })], { origin: 'import' });
    expect(result.keptStarter).toEqual(['fixture-a']);
    expect((await store.getDevice('fixture-a'))?.name).toBe('Phone A');
  });

  it('filters by brand without case and deletes devices', async () => {
    const { store } = await fresh(['a', 'b']);
    expect(await store.listDevices({ brand: 'fixture' })).toHaveLength(2);
    expect(await store.listDevices({ brand: 'Other' })).toHaveLength(0);
    expect(await store.deleteDevices(['fixture-a', 'fixture-nope'])).toBe(1);
    expect(await store.getDevice('fixture-a')).toBeUndefined();
    expect((await store.listDevices()).map((d) => d.id)).toEqual(['fixture-b']);
  });

  it('changes the catalog version on every write and not on reads', async () => {
    const { store } = await fresh(['a']);
    const v0 = await store.catalogVersion();
    await store.listDevices();
    expect(await store.catalogVersion()).toBe(v0);
    await store.upsertDevices([fixtureDevice('n')], { origin: 'import' });
    const v1 = await store.catalogVersion();
    expect(v1).not.toBe(v0);
    await store.upsertCarrierOverlays([{ id: 'gb-ee', country: 'GB', name: 'EE' }]);
    expect(await store.catalogVersion()).not.toBe(v1);
  });

  it('rolls a failed write back completely', async () => {
    const { store } = await fresh(['a']);
    const many = Array.from({ length: 900 }, (_, i) => fixtureDevice(`m${i}`));
    // A BigInt cannot be serialised: the third chunk throws after two chunks were written.
    (many[850] as unknown as { bad: bigint }).bad = 1n;
    const version = await store.catalogVersion();
    await expect(store.upsertDevices(many, { origin: 'import' })).rejects.toThrow();
    expect(await store.countDevices()).toBe(1);
    expect(await store.catalogVersion()).toBe(version);
  });

  it('answers its first version from the meta read at open, and reads it again once it has written', async () => {
    const where = await dialect.fresh();
    await (await openStore({ ...where, env: {} })).close(); // seeds the bundled catalog
    const first = await openStore({ ...where, env: {} });
    const other = await openStore({ ...where, env: {} });
    open.push(first, other);
    const before = await other.catalogVersion();
    await first.upsertDevices([fixtureDevice('n')], { origin: 'import' });
    const after = await first.catalogVersion();
    expect(after).not.toBe(before);
    expect(await other.catalogVersion()).toBe(after);
  });

  it('merges carrier overlays by id', async () => {
    const { store } = await fresh([]);
    await store.upsertCarrierOverlays([{ id: 'gb-ee', country: 'GB', lte: [{ band: 'B3', layer: 'capacity', confidence: 'x' }] }]);
    await store.upsertCarrierOverlays([{ id: 'gb-ee', country: 'GB', name: 'EE', nrSa: true }]);
    expect(await store.carrierOverlays()).toEqual([
      { id: 'gb-ee', country: 'GB', name: 'EE', nrSa: true, lte: [{ band: 'B3', layer: 'capacity', confidence: 'x' }] },
    ]);
  });
});

describe('openStore', () => {
  it('rejects a database URL that is not PostgreSQL', async () => {
    const error = await openStore({ url: 'mysql://x', starter: fixtureStarter([], 'v') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BandfitError);
    expect((error as BandfitError).code).toBe('E_BAD_INPUT');
  });
});
