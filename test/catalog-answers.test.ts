import { describe, expect, it } from 'vitest';
import { inProcessApp } from '../src/server/test-support/in-process-app.js';
import { runJson } from './cli/run-cli.js';

/** `bandfit carriers` and `bandfit devices` answer from the same queries as their routes. */
const { get } = inProcessApp();

describe('the catalog lookups on the CLI and over HTTP', () => {
  it('carriers --country: the route\'s answer, networks first, then MVNOs', async () => {
    const cli = await runJson(['carriers', '--country', 'Germany']);
    const http = (await get('/api/v1/carriers?country=Germany')).json();
    expect(cli).toEqual(http);
    expect(cli.country).toBe('DE');
    const kinds = (cli.carriers as { kind: string }[]).map((c) => c.kind);
    expect(kinds.indexOf('mvno')).toBeGreaterThan(kinds.lastIndexOf('mno'));
  });

  it('devices QUERY: the phones the route finds, in its order', async () => {
    for (const q of ['mi 6', 'MCE16', 'galaxy s23']) {
      const cli = (await runJson<{ id: string }[]>(['devices', q, '--limit', '5'])).map((d) => d.id);
      const http = ((await get(`/api/v1/devices?q=${encodeURIComponent(q)}&limit=5`)).json().devices as { id: string }[]).map((d) => d.id);
      expect(cli.length).toBeGreaterThan(0);
      expect(cli).toEqual(http);
    }
  });
});
