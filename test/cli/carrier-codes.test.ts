import { describe, expect, it } from 'vitest';
import { dialectCases } from '../../src/store/test-support/store-fixtures.js';
import { useDialectApp } from '../support/dialect-app.js';
import { runCli } from './run-cli.js';

/** `--carrier` by MCC-MNC without `--country`, and a carrier name that fits several, on SQLite and PostgreSQL. */
const { cases, skipped } = dialectCases();
if (skipped) console.warn(skipped);

describe.each(cases)('$name: carriers by MCC-MNC', (dialect) => {
  const t = useDialectApp(dialect);
  const json = async (argv: string[]) => {
    const r = await runCli([...argv, '--json'], t.env);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };

  it('check and phones take 310260, 310-260 and 26201 without --country', async () => {
    for (const code of ['310260', '310-260']) {
      const body = await json(['check', 'Xiaomi Mi 6', '--carrier', code]);
      expect([body.country, body.results.map((r: { carrier: { id: string } }) => r.carrier.id)]).toEqual(['US', ['us-t-mobile']]);
    }
    const de = await json(['check', 'Xiaomi Mi 6', '--carrier', '26201']);
    expect([de.country, de.results[0].carrier.id]).toEqual(['DE', 'de-telekom']);
    const phones = await json(['phones', '--carrier', '26201', '--limit', '3']);
    expect(phones.country).toBe('DE');
  });

  it('a name that fits several carriers is asked back (exit 3), never answered for one', async () => {
    const r = await runCli(['check', 'Xiaomi Mi 6', '--country', 'US', '--carrier', 'Cellular'], t.env);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/"Cellular" fits \d+ carriers in United States of America: .*U\.S\. Cellular \(us-u-s-cellular/);
    const phones = await runCli(['phones', '--country', 'US', '--carrier', 'Cellular'], t.env);
    expect(phones.code).toBe(3);
  });

  it('API: carrier=310260 without country; 409 E_AMBIGUOUS_CARRIER with the candidates', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/v1/check?device=Xiaomi%20Mi%206&carrier=310260' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().country).toBe('US');
    const asked = await t.app.inject({ method: 'GET', url: '/api/v1/check?device=Xiaomi%20Mi%206&country=US&carrier=Cellular' });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().error.code).toBe('E_AMBIGUOUS_CARRIER');
    expect(asked.json().error.candidates.map((c: { id: string }) => c.id)).toContain('us-u-s-cellular');
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/check?device=Xiaomi%20Mi%206' });
    expect(none.statusCode).toBe(400);
  });
});
