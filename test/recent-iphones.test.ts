import { describe, expect, it } from 'vitest';
import { runJson } from './cli/run-cli.js';

/**
 * The 2024–25 band lists curated into data/devices/apple.json from GSMArena's Network sections
 * (https://www.gsmarena.com/apple_iphone_16_pro-13315.php, .../apple_iphone_17_pro_max-13964.php),
 * checked on a US and a Japanese carrier through the starter catalog.
 */
type Result = { carrier: { name: string }; level: string; technologies: { tech: string; missing: string[] }[] };
async function check(model: string, country: string, carrier: string) {
  const report = await runJson<{ device: { variant: { id: string } }; bands: string[]; results: Result[] }>(['check', model, '--country', country, '--carrier', carrier]);
  const result = report.results[0]!;
  const missing = (tech: string) => result.technologies.find((t) => t.tech === tech)?.missing ?? [];
  return { variant: report.device.variant.id, bands: report.bands, level: result.level, missing };
}

describe('recent iPhones from the starter catalog', () => {
  it('iPhone 16 Pro: the US model has T-Mobile\'s B71 and n71, the Japan model docomo\'s B21 and n79', async () => {
    const us = await check('A3083', 'US', 'T-Mobile');
    expect(us).toMatchObject({ variant: 'apple-iphone-16-pro-us', level: 'full' });
    expect(us.bands).toEqual(expect.arrayContaining(['B71', 'n71', 'n258', 'n260', 'n261']));
    const jp = await check('A3292', 'JP', 'NTT docomo');
    expect(jp).toMatchObject({ variant: 'apple-iphone-16-pro-ca-jp', level: 'full' });
    expect(jp.bands).toEqual(expect.arrayContaining(['B19', 'B21', 'n79']));
    // The China model A3294 has no B21 (its 4G line stops at 66 without 11, 14, 21, 29, 71).
    const cn = await check('A3294', 'JP', 'NTT docomo');
    expect(cn.missing('LTE')).toContain('B21');
    expect(cn.bands).not.toContain('B21');
  });

  it('iPhone 17 Pro Max: the International A3526 lacks T-Mobile\'s B71 and n71; the China model stays unknown', async () => {
    const us = await check('A3526', 'US', 'T-Mobile');
    expect(us.variant).toBe('apple-iphone-17-pro-max-intl');
    expect(us.missing('LTE')).toContain('B71');
    expect(us.level).not.toBe('full');
    const jp = await check('A3526', 'JP', 'Rakuten Mobile');
    expect(jp.level).toBe('full');
    const china = await check('A3527', 'CN', 'China Mobile');
    expect(china.level).toBe('unknown');
  });
});
