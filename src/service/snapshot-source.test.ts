import { describe, expect, it } from 'vitest';
import type { Device } from '../catalog/types.js';
import type { Store } from '../store/store.js';
import { storeSnapshots } from './snapshot-source.js';

const phone = (id: string): Device => ({ id, brand: 'Fixture', name: id, variants: [{ id: `${id}-v`, label: 'Global', bands: ['B3'] }], sources: [], checked: '2026-01-01' });

/** A store that counts its reads; its version and devices are whatever `state` holds. */
function counting(state: { version: string; devices: Device[]; fail?: boolean }) {
  const reads = { version: 0, devices: 0, overlays: 0 };
  const store = {
    catalogVersion: async () => {
      reads.version++;
      if (state.fail) throw new Error('store down');
      return state.version;
    },
    listDevices: async () => {
      reads.devices++;
      return state.devices;
    },
    carrierOverlays: async () => {
      reads.overlays++;
      return [];
    },
    listTacs: async () => [],
  } as unknown as Store;
  return { open: async () => store, reads };
}

describe('storeSnapshots', () => {
  it('knows the version synchronously once read, until the window ends or an import', async () => {
    let clock = 0;
    const { open } = counting({ version: 'a', devices: [] });
    const source = storeSnapshots(open, { ttlMs: 1000, now: () => clock });
    expect(source.knownVersion()).toBeUndefined();
    const pending = source.current();
    expect(source.knownVersion()).toBeUndefined(); // read, not finished
    const snapshot = await pending;
    expect(source.knownVersion()).toBe(snapshot.version);
    expect(snapshot.version).toMatch(/-a$/);
    clock = 999;
    expect(source.knownVersion()).toBe(snapshot.version);
    clock = 1000;
    expect(source.knownVersion()).toBeUndefined();
    await source.current();
    source.invalidate();
    expect(source.knownVersion()).toBeUndefined();
  });

  it('reads the version once per window and loads the data once per version', async () => {
    let clock = 0;
    const state = { version: 'a', devices: [phone('one')] };
    const { open, reads } = counting(state);
    const source = storeSnapshots(open, { ttlMs: 1000, now: () => clock });
    const [first, second] = await Promise.all([source.current(), source.current()]);
    expect(first).toBe(second);
    expect(reads).toEqual({ version: 1, devices: 1, overlays: 1 });
    clock = 5000; // same version read again: the same snapshot, no reload
    expect(await source.current()).toBe(first);
    expect(reads).toEqual({ version: 2, devices: 1, overlays: 1 });
    state.version = 'b';
    state.devices = [phone('one'), phone('two')];
    clock = 999 + 5000;
    expect((await source.current()).devices).toHaveLength(1); // still inside the window
    clock = 10_000;
    const next = await source.current();
    expect(next.devices.map((d) => d.id)).toEqual(['one', 'two']);
    expect(next.version).not.toBe(first.version);
    expect(reads).toEqual({ version: 3, devices: 2, overlays: 2 });
  });

  it('reads at most once in a CLI command (no window given)', async () => {
    let clock = 0;
    const { open, reads } = counting({ version: 'a', devices: [] });
    const source = storeSnapshots(open, { now: () => clock });
    await source.current();
    clock = 1e9;
    await source.current();
    expect(reads.version).toBe(1);
  });

  it('reads again at once after invalidate', async () => {
    const state = { version: 'a', devices: [] as Device[] };
    const { open } = counting(state);
    const source = storeSnapshots(open, { ttlMs: 60_000, now: () => 0 });
    await source.current();
    state.version = 'b';
    source.invalidate();
    expect((await source.current()).version).toMatch(/-b$/);
  });

  it('does not keep a failed read, and never knows its version', async () => {
    const state = { version: 'a', devices: [] as Device[], fail: true };
    const { open, reads } = counting(state);
    const source = storeSnapshots(open, { ttlMs: 60_000, now: () => 0 });
    await expect(source.current()).rejects.toThrow('store down');
    expect(source.knownVersion()).toBeUndefined();
    state.fail = false;
    expect((await source.current()).version).toMatch(/-a$/);
    expect(reads.version).toBe(2);
  });

  it('gives a frozen snapshot: a query cannot change what the next one reads', async () => {
    const { open } = counting({ version: 'a', devices: [phone('one')] });
    const snapshot = await storeSnapshots(open).current();
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(() => (snapshot.devices as Device[]).push(phone('two'))).toThrow();
  });
});
