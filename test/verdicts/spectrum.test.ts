import { describe, expect, it } from 'vitest';
import { checkBothWays } from './both-paths.js';

describe('one model of spectrum, on the CLI and the API', () => {
  // au: data/carriers/jp.json jp-au (Band Atlas network_bands.csv JP,kddi: B18 and B26 both coverage,
  // one 800 MHz block); Huawei P40 lite JNY-L21A: data/devices/huawei.json (GSMArena band lines, B18/B19, no B26).
  it('Huawei P40 lite (B18, no B26) on au is partial, not limited: B18 and B26 are one layer', async () => {
    const { cli, api } = await checkBothWays({ device: 'Huawei P40 lite', country: 'JP', carrier: 'au' });
    for (const answer of [cli, api]) {
      const result = answer.results[0];
      expect(result.carrier.id).toBe('jp-au');
      expect(result.verdict).toBe('partial');
      expect(result.reasons.map((r: { code: string }) => r.code)).not.toContain('MISSING_COVERAGE_BAND');
      const lte = result.technologies.find((t: { tech: string }) => t.tech === 'LTE');
      expect(lte.bands.find((b: { band: string }) => b.band === 'B26')).toMatchObject({ sameBlockAs: 'B18', supported: true });
    }
  });

  it('a phone with B26 and no B18 meets the same layer through B26 (B26 contains B18)', async () => {
    const { cli, api } = await checkBothWays({ bands: 'LTE 1, 3, 26, 28, 41, 42', country: 'JP', carrier: 'au' });
    for (const answer of [cli, api]) expect(answer.results[0].reasons.map((r: { code: string }) => r.code)).not.toContain('MISSING_COVERAGE_BAND');
  });
});
