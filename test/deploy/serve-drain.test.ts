import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { fixtureDevice } from '../../src/store/test-support/store-fixtures.js';
import { startServe, type ServeProcess } from './support/serve-process.js';

/**
 * SIGTERM to `bandfit serve` with requests in flight: slow uploads of imports, their headers
 * sent and half their body. The port stops accepting at once, the uploads finish after the
 * signal and are answered 200, their devices are in the store, and the process exits 0.
 */
const TOKEN = 'drain token';
let dir: string;
let serve: ServeProcess | undefined;

afterEach(() => {
  if (serve?.child.exitCode === null) serve.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP/1.1 POST of an import whose body is sent in two halves, on demand. */
function slowImport(port: number, id: string): { socket: Socket; finish(): void; answer: Promise<string> } {
  const body = JSON.stringify([fixtureDevice(id)]);
  const half = Math.floor(body.length / 2);
  const socket = connect(port, '127.0.0.1');
  socket.write(
    `POST /api/v1/import/devices HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  let text = '';
  socket.on('data', (chunk) => void (text += chunk));
  const answer = new Promise<string>((resolve) => socket.on('close', () => resolve(text)));
  socket.on('error', () => undefined);
  return { socket, finish: () => void socket.write(body.slice(half)), answer };
}

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
const waitFor = async (check: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !check() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
};

describe('bandfit serve on SIGTERM', () => {
  it('stops accepting, answers the requests in flight, keeps their writes and exits 0', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bandfit-drain-'));
    const file = join(dir, 'store.db');
    serve = await startServe({ BANDFIT_DB: file, BANDFIT_ADMIN_TOKEN: TOKEN }, ['--drain-seconds', '20']);
    const uploads = ['d1', 'd2', 'd3'].map((id) => slowImport(serve!.port, id));
    await new Promise((r) => setTimeout(r, 300)); // the server has read their headers

    const signalled = Date.now();
    serve.child.kill('SIGTERM');
    await waitFor(() => serve!.stderr().includes('draining'), 5000);
    expect(serve.stderr()).toContain('SIGTERM: draining');
    expect(await refused(serve.port)).toBe('ECONNREFUSED');
    expect(serve.child.exitCode).toBeNull(); // still answering the uploads

    for (const upload of uploads) upload.finish();
    const answers = await Promise.all(uploads.map((u) => u.answer));
    for (const answer of answers) {
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      expect(answer).toMatch(/"received":1/);
    }
    const { code, signal } = await serve.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(serve.stderr()).toMatch(/drained in \d+ ms, stopped/);
    expect(serve.stderr()).not.toMatch(/\n\s+at /);

    const store = await openStore({ file, env: {} });
    try {
      const ids = (await store.listDevices({ origin: 'import' })).map((d) => d.id);
      expect(ids).toEqual(['fixture-d1', 'fixture-d2', 'fixture-d3']);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('cuts a request that outlasts --drain-seconds and still exits 0', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bandfit-drain-'));
    serve = await startServe({ BANDFIT_DB: join(dir, 'store.db'), BANDFIT_ADMIN_TOKEN: TOKEN }, ['--drain-seconds', '1']);
    const stuck = slowImport(serve.port, 'stuck'); // its body never ends
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    serve.child.kill('SIGTERM');
    const { code } = await serve.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8000);
    expect(serve.stderr()).toMatch(/still open after \d+ ms were cut/);
    expect(await stuck.answer).toBe(''); // cut, not answered
  }, 60_000);
});
