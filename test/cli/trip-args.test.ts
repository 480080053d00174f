import { describe, expect, it } from 'vitest';
import { runJson } from './run-cli.js';

describe('bandfit trip DEVICES', () => {
  it('takes each argument as one phone, a comma in its name and all, as compare does', async () => {
    const argv = ['iPhone17,1', 'Xiaomi Mi 6', '--countries', 'JP,DE', '--as-of', '2026-06-01'];
    const trip = await runJson<{ phones: { deviceId: string }[] }>(['trip', ...argv]);
    expect(trip.phones.map((p) => p.deviceId).sort()).toEqual(['apple-iphone-16-pro', 'xiaomi-mi-6']);
    const compare = await runJson<{ devices: { id: string }[] }>(['compare', 'iPhone17,1', 'Xiaomi Mi 6']);
    expect(compare.devices.map((d) => d.id)).toEqual(['apple-iphone-16-pro', 'xiaomi-mi-6']);
  });
});
