import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BandfitError } from '../../src/errors.js';
import { projectPath } from '../../src/project-root.js';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import { fixtureDevice } from '../../src/store/test-support/store-fixtures.js';
import { expectCleanAnswer } from './support/hardening-app.js';

/**
 * SQLite stores that cannot be opened or read: a folder in place of the file, a path nobody can
 * create, random bytes, a damaged page, a read-only mount. Each is a clear `E_STORE` from
 * `openStore` and a 503 `{ error: { code: 'E_STORE' } }` from the API, never a crash.
 */
const dir = mkdtempSync(join(tmpdir(), 'bandfit-store-faults-'));
const starter = { devices: [fixtureDevice('sf')], version: 'store-faults' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectStoreError(file: string): Promise<BandfitError> {
  const error = await openStore({ file, env: {}, starter }).then(
    async (store) => {
      await store.close();
      throw new Error(`opened ${file}`);
    },
    (e: unknown) => e,
  );
  expect(error, String(error)).toBeInstanceOf(BandfitError);
  expect((error as BandfitError).code).toBe('E_STORE');
  expect((error as BandfitError).message).toContain('Cannot open the store');
  return error as BandfitError;
}

/** The API over a store at `file`: every read answers 503 E_STORE with the generic message. */
async function expectApi503(file: string): Promise<void> {
  const open = () => openStore({ file, env: {}, starter });
  const app = buildApp({ openStore: open, env: { BANDFIT_ADMIN_TOKEN: 't' } });
  for (const url of ['/api/v1/devices?q=mi', '/api/v1/check?device=Phone%20SF&country=US', '/api/v1/countries']) {
    const res = await app.inject(url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(503);
    expect(expectCleanAnswer(res, url, true)).toEqual({ code: 'E_STORE', message: expect.stringMatching(/data store is not available/) });
    expect(res.body).not.toContain(file);
  }
  const post = await app.inject({ method: 'POST', url: '/api/v1/import/devices', payload: [fixtureDevice('p')], headers: { authorization: 'Bearer t' } });
  expect(post.statusCode, post.body).toBe(503);
  await app.close();
}

describe('a store that cannot be opened', () => {
  it('a folder where the file should be', async () => {
    await expectStoreError(dir);
    await expectApi503(dir);
  });

  it('a path that cannot be created (under /proc)', async () => {
    await expectStoreError('/proc/bandfit-hardening/store.db');
    await expectStoreError('/proc/version/store.db');
  });

  // Shorter files SQLite may take for a new, empty database; from 512 bytes it reads a header.
  it('random bytes in place of a database, 512 bytes to 70 KB', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 512, maxLength: 70_000 }), async (bytes) => {
        const file = join(dir, 'random.db');
        writeFileSync(file, bytes);
        rmSync(`${file}-wal`, { force: true });
        rmSync(`${file}-shm`, { force: true });
        await expectStoreError(file);
      }),
      { numRuns: 25 },
    );
    await expectApi503(join(dir, 'random.db'));
  });

  it('a real SQLite header over random pages', async () => {
    const file = join(dir, 'header.db');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8176, 0x5a)]));
    await expectStoreError(file);
  });
});

describe('a store damaged after it was written', () => {
  it('damaged pages: reads fail with E_STORE or E_CORRUPT_DATA, never a crash or a leak', async () => {
    const file = join(dir, 'damaged.db');
    const store = await openStore({ file, env: {}, starter: { devices: Array.from({ length: 300 }, (_, i) => fixtureDevice(`d${i}`)), version: 'damaged' } });
    await store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    const size = statSync(file).size;
    // Page 1 holds the schema; wreck the pages after it, where the device rows are.
    const fd = openSync(file, 'r+');
    for (let at = 8192; at < size; at += 4096) writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, at + 100);
    closeSync(fd);
    const open = () => openStore({ file, env: {}, starter: { devices: [], version: 'damaged' } });
    const app = buildApp({ openStore: open, env: {} });
    for (const url of ['/api/v1/devices?q=phone', '/api/v1/check?device=Phone%20D1&country=US', '/api/v1/where?device=Phone%20D2']) {
      const res = await app.inject(url);
      const error = expectCleanAnswer(res, url, true);
      expect(['E_STORE', 'E_CORRUPT_DATA'], `${url}: ${res.body}`).toContain(error?.code);
    }
    await app.close();
  });
});

/** Whether this machine lets root make a private read-only bind mount (Linux `unshare -m`). */
function canMountReadOnly(): boolean {
  const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount --bind -o ro "$1" "$1" && ! touch "$1/.probe"', 'sh', dir], { stdio: 'ignore' });
  return probe.status === 0;
}
const readOnly = canMountReadOnly();
if (!readOnly) console.warn('read-only store test skipped: `unshare -m` with a read-only bind mount is not allowed here');

describe.skipIf(!readOnly)('a store on a read-only mount', () => {
  it('opening answers E_STORE (or reads work and the import is E_STORE); the API answers 503 or 200, never a crash', () => {
    const roDir = join(dir, 'ro');
    const file = join(roDir, 'store.db');
    const seed = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${projectPath('src', 'store', 'open-store.ts')}').then(async (m) => (await m.openStore({ file: '${file}', env: {} })).close())`], { cwd: projectPath(), encoding: 'utf8' });
    expect(seed.status, seed.stderr).toBe(0);
    const devices = join(dir, 'devices.json');
    writeFileSync(devices, JSON.stringify([fixtureDevice('ro')]));
    const child = projectPath('test', 'hardening', 'support', 'read-only-child.ts');
    const run = spawnSync('unshare', ['-m', '--propagation', 'private', 'sh', '-c', 'mount --bind -o ro "$1" "$1" && exec "$2" --import tsx "$3" "$4" "$5"', 'sh', roDir, process.execPath, child, file, devices], { cwd: projectPath(), encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const steps = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const byStep = Object.fromEntries(steps.map((s) => [s.step, s]));
    expect(steps.some((s) => 'crash' in s), run.stdout).toBe(false);
    if (byStep.open?.ok) expect(byStep.import, run.stdout).toMatchObject({ code: 'E_STORE' });
    else expect(byStep.open, run.stdout).toMatchObject({ code: 'E_STORE' });
    const http = byStep.http as { status: number; body: string };
    expect([200, 503], http.body).toContain(http.status);
    if (http.status === 503) expect(JSON.parse(http.body).error.code).toBe('E_STORE');
    expect(http.body).not.toMatch(/SQLITE_|readonly database|at \S+ \(/);
    // The file is untouched by the attempt.
    expect(readFileSync(file).subarray(0, 16).toString()).toBe('SQLite format 3\0');
  });
});
