import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { resolveDevice } from './resolve-device.js';
import type { Device } from './types.js';

const phone = (id: string, brand: string, name: string, aliases: string[] = []): Device =>
  ({ id, brand, name, aliases, variants: [{ id: `${id}-cn`, label: 'China', bands: ['B1'] }] }) as unknown as Device;

// The Redmi K30 Pro and the POCO F2 Pro are one phone sold under two names: the POCO record
// carries "Redmi K30 Pro" as an alias (data/devices/xiaomi.json).
const devices = [phone('redmi-k30-pro', 'Redmi', 'K30 Pro', ['Redmi K30 Pro']), phone('poco-f2-pro', 'POCO', 'F2 Pro', ['Redmi K30 Pro'])];

describe('resolveDevice', () => {
  it('takes a device id as that record, even when its name is another record\'s alias', () => {
    expect(resolveDevice('redmi-k30-pro', devices).device.id).toBe('redmi-k30-pro');
    expect(resolveDevice('poco-f2-pro', devices).device.id).toBe('poco-f2-pro');
  });
  it('asks back for a name two records share', () => {
    expect(() => resolveDevice('Redmi K30 Pro', devices)).toThrow(BandfitError);
    try {
      resolveDevice('Redmi K30 Pro', devices);
    } catch (error) {
      expect((error as BandfitError).code).toBe('E_AMBIGUOUS_DEVICE');
    }
  });
});
