import { describe, expect, it } from 'vitest';
import type { CarrierCatalog } from '../catalog/carrier-catalog.js';
import type { BandfitData } from '../service/bandfit-data.js';
import { loadExchangeRates } from '../service/exchange-rates.js';
import { versionCachedData } from './version-cached-data.js';

/** A data source that counts its reads; its version is whatever `state.version` holds. */
function counting(state: { version: string; fail?: boolean }) {
  const reads = { version: 0, carriers: 0, devices: 0, exact: 0 };
  const data: BandfitData = {
    version: async () => {
      reads.version++;
      if (state.fail) throw new Error('store down');
      return state.version;
    },
    carriers: async () => {
      reads.carriers++;
      return { carriers: [] } as unknown as CarrierCatalog;
    },
    devices: async () => {
      reads.devices++;
      return [];
    },
    exactDevices: async () => {
      reads.exact++;
      return [];
    },
    rates: loadExchangeRates,
  };
  return { data, reads };
}

describe('versionCachedData', () => {
  it('knows the version synchronously once read, until the window ends or an import', async () => {
    let clock = 0;
    const { data } = counting({ version: 'a' });
    const cached = versionCachedData(data, 1000, () => clock);
    expect(cached.knownVersion()).toBeUndefined();
    const pending = cached.version();
    expect(cached.knownVersion()).toBeUndefined(); // read, not finished
    await pending;
    expect(cached.knownVersion()).toBe('a');
    clock = 999;
    expect(cached.knownVersion()).toBe('a');
    clock = 1000;
    expect(cached.knownVersion()).toBeUndefined();
    await cached.version();
    cached.invalidate();
    expect(cached.knownVersion()).toBeUndefined();
  });

  it('never knows a version whose read failed', async () => {
    const { data } = counting({ version: 'a', fail: true });
    const cached = versionCachedData(data, 1000, () => 0);
    await expect(cached.version()).rejects.toThrow('store down');
    expect(cached.knownVersion()).toBeUndefined();
  });

  it('reads the version once per window, and again after it', async () => {
    let clock = 0;
    const state = { version: 'a' };
    const { data, reads } = counting(state);
    const cached = versionCachedData(data, 1000, () => clock);
    await Promise.all([cached.version(), cached.version(), cached.carriers(), cached.devices()]);
    expect(reads.version).toBe(1);
    state.version = 'b';
    clock = 999;
    expect(await cached.version()).toBe('a');
    clock = 1000;
    expect(await cached.version()).toBe('b');
    expect(reads.version).toBe(2);
  });

  it('keeps carriers, devices and exact lookups while the version stays, reloads them when it changes', async () => {
    let clock = 0;
    const state = { version: 'a' };
    const { data, reads } = counting(state);
    const cached = versionCachedData(data, 1000, () => clock);
    for (let i = 0; i < 3; i++) await Promise.all([cached.carriers(), cached.devices(), cached.exactDevices!('mi 6')]);
    expect(reads).toMatchObject({ carriers: 1, devices: 1, exact: 1 });
    state.version = 'b';
    clock = 5000;
    await Promise.all([cached.carriers(), cached.devices(), cached.exactDevices!('mi 6')]);
    expect(reads).toMatchObject({ carriers: 2, devices: 2, exact: 2 });
  });

  it('reads again at once after invalidate', async () => {
    const state = { version: 'a' };
    const { data } = counting(state);
    const cached = versionCachedData(data, 60_000, () => 0);
    await cached.version();
    state.version = 'b';
    cached.invalidate();
    expect(await cached.version()).toBe('b');
  });

  it('does not keep a failed read', async () => {
    const state = { version: 'a', fail: true };
    const { data, reads } = counting(state);
    const cached = versionCachedData(data, 60_000, () => 0);
    await expect(cached.version()).rejects.toThrow('store down');
    state.fail = false;
    expect(await cached.version()).toBe('a');
    expect(reads.version).toBe(2);
  });
});
