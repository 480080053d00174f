import { describe, expect, it } from 'vitest';
import { checkBothWays } from './both-paths.js';

/**
 * Switch-offs and 5G bands fixed from sources (each cited in its carrier record in
 * data/carriers/<cc>.json), asked of the CLI and the API as a user would, with pasted band text.
 */
type Result = { verdict: string; reasons: { code: string; date?: string }[]; technologies: { tech: string; state: string; bands: { band: string; supported: boolean }[] }[] };
const reasonOf = (r: Result, code: string) => r.reasons.find((x) => x.code === code);
const tech = (r: Result, name: string) => r.technologies.find((t) => t.tech === name);

async function both(bands: string, country: string, carrier: string, asOf = '2026-12-01'): Promise<Result[]> {
  const { cli, api } = await checkBothWays({ bands, country, carrier, asOf });
  return [cli.results[0], api.results[0]];
}

describe('Australia: 2G and 3G switch-offs as the operators made them', () => {
  // Telstra: CommsUpdate 2016-12-02 ("closed its GSM 900MHz ... on 1 December 2016"); Optus: Mobile World
  // Live ("turn off its 2G network across Australia completely on 1 August" 2017); Vodafone: its media
  // release (31 March 2018; first announced for 30 September 2017, Computerworld 2016-09-30).
  it.each([
    ['au-telstra', '2016-12-01'],
    ['au-optus', '2017-08-01'],
    ['au-vodafone', '2018-03-31'],
  ])('a 2G-only phone gets nothing on %s: GSM off since %s', async (carrier, date) => {
    for (const r of await both('GSM 900 / 1800', 'AU', carrier)) {
      expect(r.verdict).toBe('none');
      expect(reasonOf(r, 'TECH_OFF')).toMatchObject({ date });
      expect(tech(r, 'GSM')!.state).toBe('off');
    }
  });

  // The New Daily 2023-12-15 and ECH 2023-12-18: Vodafone shut its 3G down on Friday 15 December 2023.
  it('Vodafone Australia switched 3G off on 2023-12-15, not in January 2024', async () => {
    for (const r of await both('UMTS 850 / 900 / 2100', 'AU', 'au-vodafone')) {
      expect(r.verdict).toBe('none');
      expect(reasonOf(r, 'TECH_OFF')).toMatchObject({ date: '2023-12-15' });
    }
  });
});

describe('5G bands', () => {
  // Cenerva (BMA): "Safaricom's current 5G service is based on 3.5GHz frequencies" (n78).
  it('Safaricom (Kenya) runs 5G on n78: a phone with n78 gets its 5G, one with only n41 stays on 4G', async () => {
    for (const r of await both('LTE 3, 20; 5G n78', 'KE', 'Safaricom')) {
      expect(tech(r, 'NR')!.bands).toEqual([expect.objectContaining({ band: 'n78', supported: true })]);
      expect(reasonOf(r, 'NO_5G_OVERLAP')).toBeUndefined();
    }
    for (const r of await both('LTE 3, 20; 5G n41', 'KE', 'Safaricom')) expect(reasonOf(r, 'NO_5G_OVERLAP')).toBeDefined();
  });

  // OFCA: 3.3 GHz auction (2019-11-06) and 3.5 GHz auction (2019-10-14) blocks to all four networks; all four
  // launched 5G in 2020 (CMS Expert Guide).
  it.each(['csl', 'SmarTone', '3 (Three)', 'China Mobile Hong Kong'])('%s (Hong Kong) has 5G on n78', async (carrier) => {
    for (const r of await both('LTE 1, 3, 7, 8, 40; 5G n78', 'HK', carrier)) {
      expect(tech(r, 'NR')!.bands.map((b) => b.band)).toEqual(['n78']);
      expect(r.verdict).toBe('full');
    }
  });
});

describe('China Mobile Hong Kong: 3G off, 2G ending', () => {
  // zijing.com.cn: CMHK completed the end of 3G on 2025-06-30, as the Communications Authority approved (finet 2025-04-28).
  it('a 3G-only phone gets nothing: 3G switched off on 2025-06-30', async () => {
    for (const r of await both('UMTS 2100', 'HK', 'China Mobile Hong Kong')) {
      expect(r.verdict).toBe('none');
      expect(reasonOf(r, 'TECH_OFF')).toMatchObject({ date: '2025-06-30' });
    }
  });

  // 5iter (China Mobile International Roaming announcement): CMHK ends 2G on 2026-06-23; no source confirms it since.
  it('its 2G ends on 2026-06-23: ending before that day, off by date after it', async () => {
    for (const r of await both('GSM 1800', 'HK', 'China Mobile Hong Kong', '2026-01-10')) {
      expect(r.verdict).toBe('limited');
      expect(reasonOf(r, 'TECH_ENDING')).toMatchObject({ date: '2026-06-23' });
    }
    for (const r of await both('GSM 1800', 'HK', 'China Mobile Hong Kong')) expect(reasonOf(r, 'TECH_OFF_PLANNED')).toMatchObject({ date: '2026-06-23' });
  });
});
