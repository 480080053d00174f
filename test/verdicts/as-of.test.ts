import { describe, expect, it } from 'vitest';
import { etagOfVersion } from '../../src/server/cache-headers.js';
import { today } from '../../src/today.js';
import { runCli, runJson } from '../cli/run-cli.js';
import { apiGet, checkBothWays } from './both-paths.js';

// China Unicom: data/carriers/cn.json cn-china-unicom, 3G (UMTS 2100/900) ending 2026-06-15
// (Band Atlas sunset.csv CN,china-unicom, source itsb-3g: the first province's switch-off).
// A 3G phone with no 4G: pasted band text (the form a spec sheet prints it in).
const LEGACY_PHONE = 'GSM 900 / 1800\nHSDPA 900 / 2100';
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe('verdicts as of a date, on the CLI and the API', () => {
  it('before 2026-06-15, a 3G phone on China Unicom is told what it loses on that day', async () => {
    const { cli, api } = await checkBothWays({ bands: LEGACY_PHONE, country: 'CN', carrier: 'China Unicom', asOf: '2026-01-10' });
    for (const answer of [cli, api]) {
      expect(answer.asOf).toBe('2026-01-10');
      const r = answer.results[0];
      expect(r.verdict).toBe('limited');
      const ending = r.reasons.find((x: { code: string; date?: string }) => x.code === 'TECH_ENDING' && x.date === '2026-06-15');
      expect(ending.message).toMatch(/on 2026-06-15: from then the phone loses/);
    }
  });

  it('from 2026-06-15 on, that 3G counts as off, with a reason saying no source confirms it', async () => {
    const { cli, api } = await checkBothWays({ bands: LEGACY_PHONE, country: 'CN', carrier: 'China Unicom', asOf: '2026-07-01' });
    for (const answer of [cli, api]) {
      const r = answer.results[0];
      expect(codes(r)).toContain('TECH_OFF_PLANNED');
      expect(r.reasons.find((x: { code: string }) => x.code === 'TECH_OFF_PLANNED').message).toMatch(/planned .* for 2026-06-15; not confirmed since/);
      expect(r.technologies.find((t: { tech: string }) => t.tech === 'UMTS').state).toBe('off');
    }
  });

  it('says how old the carrier data is and flags a record not checked in the 12 months before the date', async () => {
    // cn-china-unicom was checked 2026-10-02 (its record's `checked`).
    const fresh = (await checkBothWays({ device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Unicom', asOf: '2026-12-01' })).api.results[0];
    expect(fresh.dataAge).toEqual({ checked: '2026-10-02', months: 1, stale: false });
    expect(codes(fresh)).not.toContain('DATA_STALE');
    const { cli, api } = await checkBothWays({ device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Unicom', asOf: '2027-10-02' });
    for (const r of [cli.results[0], api.results[0]]) {
      expect(r.dataAge).toEqual({ checked: '2026-10-02', months: 12, stale: true });
      expect(r.reasons.find((x: { code: string }) => x.code === 'DATA_STALE').message).toMatch(/last checked on 2026-10-02, 12 months before 2027-10-02/);
    }
  });

  it('answers for today when no date is given, and says so', async () => {
    const { cli, api } = await checkBothWays({ device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Unicom' });
    expect(cli.asOf).toBe(today());
    expect(api.asOf).toBe(today());
  });

  it('refuses a date that is not a day: exit 2 and HTTP 400, naming the problem', async () => {
    for (const bad of ['2026-02-30', '2026-6-1', 'tomorrow']) {
      const r = await runCli(['check', 'Xiaomi Mi 6', '--country', 'CN', '--as-of', bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not a date|YYYY-MM-DD/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    for (const bad of ['2026-02-30', 'tomorrow']) {
      const res = await apiGet(`/api/v1/check?device=MCE16&country=CN&asOf=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'E_BAD_INPUT' });
      expect(res.json().error.message).toMatch(/asOf|YYYY-MM-DD|not a date/);
    }
  });

  it('where, phones, trip and compare judge on the date given and say which', async () => {
    const asOf = '2028-01-01'; // every curated record here was checked in 2026: all stale by then
    const where = await runJson(['where', 'Xiaomi Mi 6', '--country', 'CN', '--as-of', asOf]);
    expect(where.asOf).toBe(asOf);
    expect(where.countries[0].carriers.find((c: { carrierId: string }) => c.carrierId === 'cn-china-unicom')).toMatchObject({ checked: '2026-10-02', stale: true });
    const phones = await runJson(['phones', '--country', 'CN', '--as-of', asOf, '--limit', '1']);
    expect(phones.asOf).toBe(asOf);
    expect(phones.phones[0].verdict.carriers[0].stale).toBe(true);
    const trip = await runJson(['trip', 'Xiaomi Mi 6', '--countries', 'CN', '--as-of', asOf]);
    expect(trip.asOf).toBe(asOf);
    expect(trip.phones[0].stops[0].carriers[0].stale).toBe(true);
    const compare = await runJson(['compare', 'Xiaomi Mi 6', 'iPhone 15', '--country', 'CN', '--as-of', asOf]);
    expect(compare.asOf).toBe(asOf);
    expect(compare.devices[0].variants[0].verdict.carriers[0].stale).toBe(true);
  });

  it('an answer kept for one day is not replayed the next: the ETag carries the day', () => {
    expect(etagOfVersion('abc', '2026-12-03')).not.toBe(etagOfVersion('abc', '2026-12-04'));
    expect(etagOfVersion('abc', '2026-12-03')).toBe('W/"v1-abc-20261203"');
  });
});
