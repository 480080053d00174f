import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A bandfit server in a child process, for the load benchmarks and the soak test: autocannon in
 * the same process would take one of the two cores from it and distort every figure alike.
 */
export const TRIVIAL_PATH = '/trivial';
const SELF = fileURLToPath(import.meta.url);

/** A bandfit server in a child process on an ephemeral loopback port. */
export interface ChildServer {
  url: string;
  pid: number;
  /**
   * The child's resident set size in bytes, asked over IPC; after a full garbage collection
   * when started with `exposeGc` (what is left is what the server holds on to).
   */
  rss(): Promise<number>;
  /** CPU time the child has used so far (user + system), in microseconds: what it cost, whatever else ran on the machine. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts `buildApp` over the starter catalog store (`BANDFIT_DB` in a temp dir, seeded on first
 * open) plus `/trivial`, in a child process (`node --import tsx`, sources as they are now).
 */
export async function startServer(env: Record<string, string> = {}, options: { exposeGc?: boolean } = {}): Promise<ChildServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-api-'));
  const child: ChildProcess = fork(SELF, ['--serve'], {
    // BANDFIT_BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(options.exposeGc ? ['--expose-gc'] : []), ...(process.env.BANDFIT_BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BANDFIT_BENCH_CPU_PROF] : [])],
    env: { ...process.env, BANDFIT_DB: join(dir, 'store.db'), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port?: number }) => (m.port ? resolve(m.port) : reject(new Error('server did not start'))));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    rss: () => ask<{ rss: number }>(child, 'rss').then((m) => m.rss),
    cpuMicros: () => ask<{ cpu: number }>(child, 'cpu').then((m) => m.cpu),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ask<T>(child: ChildProcess, question: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m: T) => resolve(m));
    child.send(question);
  });
}

/** The child side: build the app, add `/trivial`, listen on 127.0.0.1:0, report the port. */
async function serveChild(): Promise<void> {
  const { buildApp } = await import('../src/server/app.js');
  const { openStore } = await import('../src/store/open-store.js');
  const env = process.env;
  const store = openStore({ env });
  const app = buildApp({ openStore: () => store, env });
  app.get(TRIVIAL_PATH, async () => ({ ok: true, service: 'bandfit' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.on('message', (m) => {
    if (m === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ cpu: user + system });
    }
    if (m !== 'rss') return;
    globalThis.gc?.();
    process.send!({ rss: process.memoryUsage().rss });
  });
  process.once('SIGTERM', () => void app.close().then(async () => (await store).close()).finally(() => process.exit(0)));
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
}

if (process.argv[1] === SELF && process.argv.includes('--serve')) await serveChild();
