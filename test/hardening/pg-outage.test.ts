import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { fixtureDevice } from '../../src/store/test-support/store-fixtures.js';
import { expectCleanAnswer } from './support/hardening-app.js';

/**
 * PostgreSQL stopped and started again under a running server, on a throwaway cluster of its own
 * (test/pg/start.sh on another port and folder), so the shared test cluster is never touched.
 * During the outage every request is a 503 `E_STORE`; after the restart the same requests are
 * 200 and what was imported before is still there.
 */
function pgBin(): string | undefined {
  const fromPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return fromPath.replace(/\/pg_ctl$/, '');
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const dir = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
  return dir && existsSync(`${dir}/pg_ctl`) ? dir : undefined;
}
const BIN = pgBin();
if (!BIN) console.warn('PostgreSQL outage test skipped: pg_ctl not found (apt-get install postgresql)');

const PORT = String(55_400 + (process.pid % 500));
const DIR = `/tmp/bandfit-hardening-pg-${PORT}`;
const clusterEnv = { ...process.env, BANDFIT_PG_PORT: PORT, BANDFIT_PG_DIR: DIR, BANDFIT_PG_DB: 'bandfit_outage' };
const asPg = (args: string[]) => (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)]) as [string, string[]];
const start = () => execFileSync('sh', [projectPath('test', 'pg', 'start.sh')], { env: clusterEnv, encoding: 'utf8' }).trim();
function stop(): void {
  const [cmd, args] = asPg([`${BIN}/pg_ctl`, '-D', DIR, '-m', 'fast', '-w', 'stop']);
  execFileSync(cmd, args, { stdio: 'ignore' });
}

describe.skipIf(!BIN)('PostgreSQL stopped and restarted under a running server', () => {
  const TOKEN = 'outage token';
  let store: Promise<Store> | undefined;
  let app: ReturnType<typeof buildApp>;

  beforeAll(async () => {
    const url = start();
    const env = { BANDFIT_DATABASE_URL: url, BANDFIT_ADMIN_TOKEN: TOKEN };
    const open = () => (store ??= openStore({ url, env, starter: { devices: [fixtureDevice('pa')], version: 'pg-outage' } }));
    app = buildApp({ openStore: open, env });
    await app.ready();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (store) await (await store.catch(() => undefined))?.close().catch(() => undefined);
    // Always leave nothing behind: stop this cluster and delete its folder.
    execFileSync('sh', [projectPath('test', 'pg', 'stop.sh')], { env: clusterEnv, stdio: 'ignore' });
  }, 60_000);

  const post = (device: string) =>
    app.inject({ method: 'POST', url: '/api/v1/import/devices', payload: [fixtureDevice(device)], headers: { authorization: `Bearer ${TOKEN}` } });
  // A new query string each time, so no answer can come from a cache.
  let n = 0;
  const reads = () => [`/api/v1/devices?q=phone&limit=${(n++ % 40) + 1}`, `/api/v1/check?device=FX-PA1&country=${['US', 'DE', 'JP', 'FR'][n % 4]}`, '/api/v1/where?device=Phone%20PB'];

  it('200 before, 503 E_STORE during the outage, 200 again after, nothing lost', async () => {
    expect((await post('pb')).statusCode).toBe(200);
    expect((await app.inject('/api/v1/where?device=Phone%20PB')).statusCode).toBe(200);

    stop();
    await new Promise((resolve) => setTimeout(resolve, 1500)); // past any per-second version cache
    for (let round = 0; round < 3; round++) {
      for (const url of reads().slice(0, 2)) {
        const res = await app.inject(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(503);
        expect(expectCleanAnswer(res, url, true)).toEqual({ code: 'E_STORE', message: expect.stringMatching(/not available/) });
        expect(res.body).not.toMatch(/postgres|ECONNREFUSED|127\.0\.0\.1/);
      }
      const write = await post(`w${round}`);
      expect(write.statusCode, write.body).toBe(503);
    }

    start();
    // The pool reconnects on the next query: no restart of the server.
    for (const url of reads()) {
      const res = await app.inject(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const where = (await app.inject('/api/v1/where?device=Phone%20PB')).json();
    expect(where.device.id).toBe('fixture-pb');
    const stored = await (await store!).listDevices();
    expect(stored.map((d) => d.id).sort()).toEqual(['fixture-pa', 'fixture-pb']);
    expect((await post('pc')).statusCode).toBe(200);
  });
});
