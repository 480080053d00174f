import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * `GET /api/v1/check` under load next to a trivial Fastify route served by the same process, so
 * the ratio says how much of Fastify's ceiling the question itself costs on this machine.
 * The server runs in a child process: autocannon in the same process would take one of the two
 * cores from it and distort both figures alike.
 */

export const CHECK_PATH = '/api/v1/check?device=Xiaomi%20Mi%206&country=US';
export const TRIVIAL_PATH = '/trivial';
/** What browsers and `curl --compressed` send; the check answer then goes out gzip-compressed. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
const SELF = fileURLToPath(import.meta.url);

export interface RouteFigures {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Bytes on the wire per answer, headers included. */
  bytesPerAnswer: number;
}

export interface ApiLoadFigures {
  connections: number;
  /** Seconds per route in all, split over the rounds. */
  seconds: number;
  rounds: number;
  trivial: RouteFigures;
  check: RouteFigures;
  /** check rps / trivial rps, both asked as browsers ask (BROWSER_HEADERS), median of the rounds; target >= 0.70. */
  ratio: number;
  roundRatios: number[];
  /** The check route asked without Accept-Encoding: the uncompressed 11 KB answer. */
  checkUncompressed: RouteFigures;
  /** checkUncompressed rps / trivial rps: no target, shown for comparison. */
  uncompressedRatio: number;
  targets: { ratioMin: number; checkP99MsMax: number; errorsMax: number; met: boolean };
}

/** A bandfit server in a child process on an ephemeral loopback port. */
export interface ChildServer {
  url: string;
  pid: number;
  /**
   * The child's resident set size in bytes, asked over IPC; after a full garbage collection
   * when started with `exposeGc` (what is left is what the server holds on to).
   */
  rss(): Promise<number>;
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
    rss: () =>
      new Promise((resolve) => {
        child.once('message', (m: { rss: number }) => resolve(m.rss));
        child.send('rss');
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
    if (m !== 'rss') return;
    globalThis.gc?.();
    process.send!({ rss: process.memoryUsage().rss });
  });
  process.once('SIGTERM', () => void app.close().then(async () => (await store).close()).finally(() => process.exit(0)));
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
}

/** One autocannon run against one path. */
export async function hammer(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<RouteFigures> {
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerAnswer: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}

/** The figures of several runs of one route as one: requests summed, the worst p99. */
function combine(runs: RouteFigures[], seconds: number): RouteFigures {
  const sum = (pick: (r: RouteFigures) => number) => runs.reduce((total, r) => total + pick(r), 0);
  const requests = sum((r) => r.requests);
  return {
    requests,
    rps: Math.round(requests / seconds),
    p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    bytesPerAnswer: Math.round(sum((r) => r.bytesPerAnswer * r.requests) / Math.max(requests, 1)),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The routes against one server after a short warm-up, in `rounds` rounds of trivial, check,
 * check uncompressed, `seconds / rounds` each: the machine's drift over the run (other work, CPU
 * clocks) then falls on every route alike. The ratio is the median of the rounds' ratios; p99 is
 * the worst round's.
 */
export async function apiLoad(connections = 100, seconds = 15, rounds = 3): Promise<ApiLoadFigures> {
  const server = await startServer();
  try {
    for (const path of [TRIVIAL_PATH, CHECK_PATH]) {
      const res = await fetch(server.url + path, { headers: BROWSER_HEADERS });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      if (path === CHECK_PATH && !res.headers.get('content-encoding')) throw new Error(`${path} was not compressed`);
      await hammer(server.url + path, 10, 1, BROWSER_HEADERS); // JIT and caches warm before the measured run
    }
    await hammer(server.url + CHECK_PATH, 10, 1);
    const each = seconds / rounds;
    const runs = { trivial: [] as RouteFigures[], check: [] as RouteFigures[], checkUncompressed: [] as RouteFigures[] };
    for (let round = 0; round < rounds; round++) {
      runs.trivial.push(await hammer(server.url + TRIVIAL_PATH, connections, each, BROWSER_HEADERS));
      runs.check.push(await hammer(server.url + CHECK_PATH, connections, each, BROWSER_HEADERS));
      runs.checkUncompressed.push(await hammer(server.url + CHECK_PATH, connections, each));
    }
    const ratios = (route: RouteFigures[]) => route.map((r, i) => r.rps / runs.trivial[i]!.rps);
    const [trivial, check, checkUncompressed] = [runs.trivial, runs.check, runs.checkUncompressed].map((r) => combine(r, seconds)) as [RouteFigures, RouteFigures, RouteFigures];
    const ratio = round2(median(ratios(runs.check)));
    const errors = [trivial, check, checkUncompressed].reduce((total, r) => total + r.errors + r.non2xx + r.timeouts, 0);
    const targets = { ratioMin: 0.7, checkP99MsMax: 20, errorsMax: 0 };
    return {
      connections,
      seconds,
      rounds,
      trivial,
      check,
      ratio,
      roundRatios: ratios(runs.check).map(round2),
      checkUncompressed,
      uncompressedRatio: round2(median(ratios(runs.checkUncompressed))),
      targets: { ...targets, met: ratio >= targets.ratioMin && check.p99Ms < targets.checkP99MsMax && errors === 0 },
    };
  } finally {
    await server.stop();
  }
}

if (process.argv.includes('--serve')) await serveChild();
else if (process.argv[1] === SELF) process.stdout.write(`${JSON.stringify(await apiLoad(), null, 2)}\n`);
