import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { fixtureDevice } from '../../src/store/test-support/store-fixtures.js';
import { clusterMissing, startLocalCluster, type LocalCluster } from './support/local-cluster.js';

/**
 * The deployment of deploy/: PostgreSQL, 3 instances and nginx in front, all on loopback
 * (deploy/local-cluster.sh). An import through one instance is answered through the balancer
 * within a second; under varied-query load through the balancer, one instance is killed with
 * SIGKILL and another drained and restarted, and the client sees no failed request (nginx
 * retries on another instance) while nothing imported is lost.
 */
const missing = clusterMissing();
if (missing) console.warn(`deploy cluster test skipped: ${missing}`);

const BASE = 30_000 + (process.pid % 1000) * 10;
/** The load runs from before the first fault to 1 s after the last instance is back; at most this long. */
const MAX_LOAD_SECONDS = 40;
const RATE = 300;
let cluster: LocalCluster;
let paths: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const post = (url: string, id: string) =>
  fetch(`${url}/api/v1/import/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cluster.token}`, 'content-type': 'application/json' },
    body: JSON.stringify([fixtureDevice(id)]),
  });
const status = async (url: string) => (await fetch(url)).status;

describe.skipIf(missing)('3 instances on PostgreSQL behind nginx', () => {
  beforeAll(async () => {
    cluster = await startLocalCluster(3, BASE);
    const devices = (await (await fetch(`${cluster.url}/api/v1/devices?limit=30`)).json()).devices as { id: string }[];
    const countries = ['US', 'DE', 'JP', 'FR', 'IN', 'BR', 'GB', 'CN', 'AU', 'MX'];
    for (const country of countries) {
      for (const d of devices) paths.push(`/api/v1/check?device=${d.id}&country=${country}`);
      paths.push(`/api/v1/phones?country=${country}&limit=5`, `/api/v1/carriers?country=${country}`);
    }
    for (const d of devices) paths.push(`/api/v1/where?device=${d.id}`);
    expect(paths.length).toBeGreaterThan(100);
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('answers through the balancer, from every instance, a device imported through one of them within 1 s', async () => {
    const imported = await post(cluster.instanceUrls[0]!, 'lb1');
    expect(imported.status).toBe(200);
    const done = Date.now();
    // Each instance trusts the data version it read for VERSION_TTL_MS (1 s): by then all have it.
    await sleep(Math.max(0, done + 1000 - Date.now()));
    const where = '/api/v1/where?device=fixture-lb1';
    const throughBalancer = await Promise.all(Array.from({ length: 6 }, () => status(cluster.url + where)));
    expect(throughBalancer).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await Promise.all(cluster.instanceUrls.map((u) => status(u + where)))).toEqual([200, 200, 200]);
    // The data version comes from the database: every instance tags the answer alike, so a
    // client's If-None-Match is answered 304 by whichever instance nginx picks.
    const tags = await Promise.all(cluster.instanceUrls.map(async (u) => (await fetch(u + where)).headers.get('etag')));
    expect(new Set(tags).size).toBe(1);
    const revalidated = await Promise.all(cluster.instanceUrls.map((u) => fetch(u + where, { headers: { 'if-none-match': tags[0]! } })));
    expect(revalidated.map((r) => r.status)).toEqual([304, 304, 304]);
  });

  it('loses no request and no write while one instance is killed and another restarted under load', async () => {
    for (const id of ['k1', 'k2', 'k3']) expect((await post(cluster.url, id)).status).toBe(200);
    const killedPid = cluster.pid(2);
    const restartedPid = cluster.pid(3);
    const errorsBefore = cluster.nginxErrors().length;

    let next = 0;
    const errorCodes = new Map<string, number>();
    let instance: autocannon.Instance;
    const started = Date.now();
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: cluster.url,
          connections: 20,
          duration: MAX_LOAD_SECONDS,
          overallRate: RATE,
          timeout: 10,
          requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('reqError', (error: NodeJS.ErrnoException) => errorCodes.set(error.code ?? error.message, (errorCodes.get(error.code ?? error.message) ?? 0) + 1));
    });

    await sleep(3000);
    process.kill(killedPid, 'SIGKILL');
    await sleep(500);
    // An import while instance 2 is dead: nginx passes it to a live instance (it was never sent to the dead one).
    const during = await post(cluster.url, 'k4');
    await sleep(1000);
    // Instance 3 drains (SIGTERM), exits and starts again while the killed one comes back: for a
    // while instance 1 is the only one answering. Each restart waits for /api/ready.
    await Promise.all([cluster.restart(3), cluster.restart(2)]);
    await sleep(1000);
    instance!.stop();
    const result = await load;
    const seconds = (Date.now() - started) / 1000;

    const codes = Object.fromEntries(errorCodes);
    process.stdout.write(
      `cluster: ${result.requests.total} requests in ${seconds.toFixed(1)} s through nginx, p99 ${result.latency.p99} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, codes ${JSON.stringify(codes)}\n`,
    );
    expect(during.status).toBe(200);
    expect(codes).toEqual({});
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(seconds).toBeLessThan(MAX_LOAD_SECONDS);
    expect(result.requests.total).toBeGreaterThan(seconds * RATE * 0.6);
    // The faults happened: new processes on both ports, and nginx saw upstreams fail and retried.
    expect(cluster.pid(2)).not.toBe(killedPid);
    expect(cluster.pid(3)).not.toBe(restartedPid);
    expect(cluster.nginxErrors().slice(errorsBefore)).toMatch(/connect\(\) failed|upstream prematurely closed|Connection reset/);

    const store = await openStore({ url: cluster.databaseUrl, env: {} });
    try {
      const ids = (await store.listDevices({ origin: 'import' })).map((d) => d.id);
      expect(ids).toEqual(['fixture-k1', 'fixture-k2', 'fixture-k3', 'fixture-k4', 'fixture-lb1']);
    } finally {
      await store.close();
    }
    for (const url of cluster.instanceUrls) expect(await status(`${url}/api/v1/where?device=fixture-k4`)).toBe(200);
  }, 60_000);
});
