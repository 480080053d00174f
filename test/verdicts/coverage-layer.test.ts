import { describe, expect, it } from 'vitest';
import { checkBothWays } from './both-paths.js';

const codes = (result: { reasons: { code: string }[] }) => result.reasons.map((r) => r.code);

/**
 * Telcel (Mexico): data/carriers/mx.json mx-telcel lists B4/B7/B66 (Band Atlas MX,telcel) and
 * no coverage band; its cited mcc-mnc-list entry 334-020 says "LTE 850 / LTE 1700 / LTE 2600",
 * so the catalog build adds B5 as its coverage band (docs/verdicts.md, "Coverage layers").
 */
describe('every network has a coverage layer, on the CLI and the API', () => {
  it('a European phone with only B7 of Telcel\'s bands is limited (no LTE 850), not partial', async () => {
    const { cli, api } = await checkBothWays({ bands: 'LTE 1, 3, 7, 8, 20, 28', country: 'MX', carrier: 'Telcel', asOf: '2026-12-01' });
    for (const answer of [cli, api]) {
      const result = answer.results[0];
      expect(result.carrier.id).toBe('mx-telcel');
      expect(result.verdict).toBe('limited');
      const missing = result.reasons.find((r: { code: string }) => r.code === 'MISSING_COVERAGE_BAND');
      expect(missing.bands).toEqual(['B5']);
      expect(missing.message).toContain('known from a single source: its mcc-mnc-list band text');
    }
  });

  it('a phone with B5 and n5/n78 connects on Telcel (its LTE 850), not "no band in common"', async () => {
    const { cli, api } = await checkBothWays({ bands: 'LTE 5; 5G n5, n78', country: 'MX', carrier: 'Telcel', asOf: '2026-12-01' });
    for (const answer of [cli, api]) {
      const result = answer.results[0];
      expect(result.verdict).not.toBe('none');
      expect(codes(result)).not.toContain('NO_OVERLAP');
      expect(codes(result)).not.toContain('MISSING_COVERAGE_BAND');
    }
  });

  // Banglalink: data/carriers/bd.json bd-banglalink lists B1/B3/B40 (Band Atlas BD,banglalink), no low band
  // anywhere in its sources, so its lowest band, B3 (1800), is taken as its coverage layer.
  it('a coverage band taken by the lowest-band rule says so in its reason (Banglalink: B3 of B1/B3/B40)', async () => {
    const { cli, api } = await checkBothWays({ bands: 'LTE 1, 40', country: 'BD', carrier: 'Banglalink', asOf: '2026-12-01' });
    for (const answer of [cli, api]) {
      const result = answer.results[0];
      expect(result.verdict).toBe('limited');
      const missing = result.reasons.find((r: { code: string }) => r.code === 'MISSING_COVERAGE_BAND');
      expect(missing.bands).toEqual(['B3']);
      expect(missing.message).toContain('no source names one: its lowest band is taken as the coverage layer');
    }
  });
});
