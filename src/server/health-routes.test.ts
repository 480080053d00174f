import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import type { Snapshot } from '../service/snapshot.js';
import type { SnapshotSource } from '../service/snapshot-source.js';
import { buildApp } from './app.js';

/** A snapshot source whose every read asks `version` (so a failing store fails every read). */
function fakeSnapshots(version: () => Promise<string>): SnapshotSource {
  return {
    current: async () => ({ version: await version() }) as unknown as Snapshot,
    knownVersion: () => undefined,
    invalidate: () => undefined,
  };
}

describe('health and readiness', () => {
  it('health is 200 and never cached; ready names the version', async () => {
    const app = buildApp({ snapshots: fakeSnapshots(async () => 'v-42'), env: {} });
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.headers.etag).toBeUndefined();
    const ready = await app.inject({ url: '/api/ready', headers: { 'if-none-match': '*' } });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', version: 'v-42' });
    expect(ready.headers['cache-control']).toBe('no-store');
    expect(ready.headers.etag).toBeUndefined();
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready']));
  });

  it('ready is 503 E_STORE while the store fails, and 200 again once it answers', async () => {
    let down = true;
    const app = buildApp({ snapshots: fakeSnapshots(async () => { if (down) throw new BandfitError('E_STORE', 'connection refused'); return 'v-1'; }), env: {} });
    const during = await app.inject('/api/ready');
    expect(during.statusCode).toBe(503);
    expect(during.json().error.code).toBe('E_STORE');
    expect(during.body).not.toMatch(/refused/);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    down = false;
    const after = await app.inject('/api/ready');
    expect(after.statusCode).toBe(200);
  });
});
