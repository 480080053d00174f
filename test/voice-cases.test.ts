import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './cli/run-cli.js';
import { checkBothWays } from './verdicts/both-paths.js';

/**
 * The voice and 5G cases of issue 12, answered alike by `bandfit check` (CLI) and
 * `GET /api/v1/check` (API). Each names the source of the facts it rests on; the records carry
 * the full citations (data/devices, data/carriers).
 */
interface Case {
  name: string;
  device: string;
  variant?: string;
  country: string;
  carrier: string;
  all?: boolean;
  source: string;
  expect: (r: any) => void;
}

const words = (r: any): string => r.reasons.map((x: any) => x.message).join(' | ');
const codes = (r: any): string[] => r.reasons.map((x: any) => x.code);

const CASES: Case[] = [
  {
    name: 'US iPhone 15 on AT&T: data full, calls volte',
    device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'AT&T',
    source: "Tom's Guide: AT&T, Verizon and T-Mobile took iPhone 15 preorders (USA model A2846); AT&T: 2G/3G off (CNET 2022-02-22)",
    expect: (r) => { expect(r.verdict).toBe('full'); expect(r.calls).toBe('volte'); expect(codes(r)).not.toContain('VOLTE_NEEDED'); },
  },
  {
    name: 'US iPhone 15 on Verizon: calls volte',
    device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'Verizon',
    source: "Tom's Guide (Verizon preorders); Verizon letter to the FCC on certification",
    expect: (r) => { expect(r.calls).toBe('volte'); expect(codes(r)).not.toContain('CERTIFIED_DEVICES_ONLY'); },
  },
  ...['iPhone 15', 'Galaxy S23'].map((device): Case => ({
    name: `${device} on 1&1 (Germany): data full, calls circuit-switched over Vodafone's 2G, never "lacks VoLTE"`,
    device, country: 'DE', carrier: '1&1',
    source: '1&1: own n78 (mcc-mnc-list 262-23) and national roaming on Vodafone for 2G, 4G and 5G (ComputerBase 2023-08); phone: GSMArena band lines',
    expect: (r) => {
      expect([r.level, r.calls]).toEqual(['full', 'circuit-switched']);
      expect(r.carrier.roamsOn).toEqual({ id: 'de-vodafone', name: 'Vodafone' });
      expect(codes(r)).not.toContain('VONR_NEEDED');
      expect(words(r)).not.toMatch(/lacks/);
    },
  })),
  ...['iPhone 15', 'Galaxy S23'].map((device): Case => ({
    name: `${device} on Dish (US, 313-340): calls unconfirmed, never "lacks VoLTE"`,
    device, country: 'US', carrier: 'Dish', all: true,
    source: 'Dish: mcc-mnc-list 313-340 "5G 600 / 5G 1700" (5G only); phone: GSMArena band lines',
    expect: (r) => { expect(r.calls).toBe('unconfirmed'); expect(words(r)).not.toMatch(/lacks/); },
  })),
  {
    name: 'an imported Galaxy S23 (SM-S911B) on AT&T is told AT&T admits only approved devices',
    device: 'Galaxy S23', country: 'US', carrier: 'AT&T',
    source: 'AT&T: How to unlock a phone from another carrier (IMEI compatibility check before activation)',
    expect: (r) => {
      expect(r.calls).toBe('unconfirmed');
      const policy = r.reasons.find((x: any) => x.code === 'CERTIFIED_DEVICES_ONLY');
      expect(policy?.message).toMatch(/only devices the operator has approved are activated \(AT&T: How to unlock a phone from another carrier\)/);
    },
  },
  {
    name: 'Pixel 7 GQML3 has n77 (XDA) and VoLTE on AT&T, which sells it',
    device: 'Pixel 7', country: 'US', carrier: 'AT&T',
    source: 'XDA: Google Pixel 7 (GQML3) sub-6 bands include n77/n78; GQML3 is sold by Verizon and AT&T',
    expect: (r) => {
      expect(r.calls).toBe('volte');
      expect(r.technologies.find((t: any) => t.role === '5g').supported).toContain('n77');
    },
  },
  ...([['iPhone 13', 'Wikipedia: iPhone 13 infobox, "Voice over LTE"'], ['iPhone 8', 'Wikipedia: iPhone 8 infobox, "Voice over LTE"']] as const).map(([device, phone]): Case => ({
    name: `${device} on Telstra (Australia, 2G and 3G off): calls volte, from its sourced VoLTE`,
    device, country: 'AU', carrier: 'Telstra',
    source: `${phone}; Telstra: GSM off 2016-12-01 (CommsUpdate), 3G off 2024-10-28 (band-atlas)`,
    expect: (r) => { expect(r.calls).toBe('volte'); expect(codes(r)).not.toContain('VOLTE_NEEDED'); },
  })),
  {
    name: 'Jio runs 5G standalone only: an NSA-only Mi 10T gets no 5G there',
    device: 'Mi 10T', country: 'IN', carrier: 'Jio',
    source: 'TelecomTalk (Ookla Q4 2024): only Jio offers 5G SA to mobile customers; Mi 10T: GSMArena "5G ... NSA"',
    expect: (r) => {
      expect(codes(r)).toContain('NR_SA_ONLY');
      expect(r.technologies.find((t: any) => t.role === '5g').supported).toEqual([]);
    },
  },
  {
    name: 'Airtel runs 5G non-standalone: the same phone keeps its 5G there',
    device: 'Mi 10T', country: 'IN', carrier: 'Airtel',
    source: 'TelecomTalk (Ookla Q4 2024): Airtel 5G NSA for mobile; The New Indian Express 2023',
    expect: (r) => {
      expect(codes(r)).not.toContain('NR_SA_ONLY');
      expect(r.technologies.find((t: any) => t.role === '5g').supported).toContain('n78');
    },
  },
];

describe('voice and 5G cases, in the CLI and the API alike', () => {
  for (const c of CASES) {
    it(`${c.name} — ${c.source}`, async () => {
      const both = await checkBothWays({ device: c.device, country: c.country, carrier: c.carrier, variant: c.variant, all: c.all });
      const cli = both.cli.results.find((r: any) => r.carrier.name === c.carrier) ?? both.cli.results[0];
      c.expect(cli);
      const api = both.api.results.find((r: any) => r.carrier.id === cli.carrier.id);
      c.expect(api);
      expect({ level: api.level, calls: api.calls, codes: codes(api) }).toEqual({ level: cli.level, calls: cli.calls, codes: codes(cli) });
    });
  }

  it('prints the two dimensions in the same words: "data <level>, calls <calls>"', async () => {
    const r = await runCli(['check', 'iPhone 15', '--country', 'US', '--carrier', 'AT&T', '--variant', 'USA']);
    expect(r.out).toMatch(/AT&T: data full, calls volte/);
  });

  it('keeps the Redmi Note 12 5G India model under its own label, and invents no Global variant', async () => {
    const r = await runJson(['check', 'Redmi Note 12', '--country', 'IN', '--carrier', 'Jio']);
    expect(r.device.variant).toMatchObject({ label: 'India', models: ['22111317I'] });
    const global = await runCli(['check', 'Redmi Note 12', '--country', 'IN', '--variant', '22111317G']);
    expect(global.code).toBe(2);
    expect(global.err).toMatch(/no variant "22111317G"/);
  });
});
