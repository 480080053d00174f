import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

/** eSIM wherever the catalog knows it: devices, check, compare and phones (data/devices/apple.json: iPhone 15 variants). */
describe('eSIM', () => {
  it('devices shows it per variant when variants differ, ? where unknown', async () => {
    const r = await runCli(['devices', 'iPhone 15', '--limit', '1']);
    expect(r.out).toContain('│ eSIM');
    expect(r.out).toMatch(/International: yes; USA: yes; Canada, Japan: \?; China: \?/);
  });

  it('check names it for the variant judged, and says nothing where it is not known', async () => {
    const us = await runJson(['check', 'iPhone 15', '--country', 'US']);
    expect(us.device.variant).toMatchObject({ label: 'USA', esim: true });
    expect((await runCli(['check', 'iPhone 15', '--country', 'US'])).out).toContain('\neSIM: yes\n');
    const cn = await runJson(['check', 'iPhone 15', '--country', 'CN', '--variant', 'China']);
    expect(cn.device.variant.esim).toBeUndefined();
    expect((await runCli(['check', 'iPhone 15', '--country', 'CN', '--variant', 'China'])).out).not.toContain('eSIM:');
  });

  it('compare has an eSIM row and each variant says it in the JSON where known', async () => {
    const text = await runCli(['compare', 'iPhone 15', 'Pixel 7']);
    expect(text.out).toMatch(/│ eSIM +│ International: yes +│ \? +│/);
    const body = await runJson(['compare', 'iPhone 15', 'Pixel 7']);
    expect(body.devices[0].variants.map((v: { esim?: boolean }) => v.esim)).toEqual([true, true, undefined, undefined]);
  });
});
