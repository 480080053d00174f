import { describe, expect, it } from 'vitest';
import { runJson } from './cli/run-cli.js';

/**
 * Real phones on real carriers, judged from the shipped catalog. Each case names where its
 * facts come from; the records themselves carry the full citations (data/devices, data/carriers).
 */
const CASES: { device: string; variant?: string; country: string; carrier: string; levels: string[]; source: string }[] = [
  { device: 'Xiaomi Mi 6', country: 'US', carrier: 'T-Mobile', levels: ['limited', 'none'],
    source: 'Mi 6: XiaomiWiki wiki/Specs/Mi_6.md (no B12/B71); T-Mobile: Band Atlas network_bands.csv US,t-mobile' },
  { device: 'Xiaomi Mi 6', country: 'US', carrier: 'Verizon', levels: ['limited', 'none'],
    source: 'Mi 6: XiaomiWiki (no B13); Verizon: Band Atlas US,verizon' },
  { device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Telecom', levels: ['full'],
    source: 'Mi 6: XiaomiWiki (B1/B3/B5/B40/B41, CDMA BC0); China Telecom: Band Atlas CN,china-telecom' },
  { device: 'Xiaomi Mi 6', country: 'IN', carrier: 'Jio', levels: ['full'],
    source: 'Mi 6: XiaomiWiki (B3/B5/B40); Jio: Band Atlas IN,jio (LTE only, VoLTE)' },
  { device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'Verizon', levels: ['full'],
    source: 'iPhone 15 A2846: GSMArena band lines; Verizon: Band Atlas' },
  { device: 'iPhone 15', variant: 'International', country: 'DE', carrier: 'Telekom', levels: ['full'],
    source: 'iPhone 15 A3090: GSMArena band lines; Telekom: Band Atlas DE,telekom-de' },
  { device: 'Galaxy S23', country: 'GB', carrier: 'EE', levels: ['full'],
    source: 'Galaxy S23 SM-S911B: GSMArena dump data_tidy_2.csv; EE: Band Atlas GB,ee' },
  { device: 'Redmi Note 12', country: 'IN', carrier: 'Airtel', levels: ['full'],
    source: 'Redmi Note 12: GSMArena dump data_tidy_2.csv; Airtel: Band Atlas IN,airtel' },
];

describe('golden cases: real phones on real carriers', () => {
  for (const c of CASES) {
    it(`${c.device}${c.variant ? ` (${c.variant})` : ''} on ${c.carrier} ${c.country}: ${c.levels.join(' or ')} — ${c.source}`, async () => {
      const argv = ['check', c.device, '--country', c.country, '--carrier', c.carrier, ...(c.variant ? ['--variant', c.variant] : [])];
      const report = await runJson(argv);
      const result = report.results[0];
      expect(c.levels).toContain(result.verdict);
      expect(result.carrier.sources.length).toBeGreaterThan(0);
    });
  }
});
