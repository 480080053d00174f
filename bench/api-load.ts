import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startServer, TRIVIAL_PATH, type ChildServer } from './child-server.js';
import { variedChecks } from './varied-checks.js';

/**
 * `GET /api/v1/check` under load next to a trivial Fastify route served by the same process, so
 * the ratio says how much of Fastify's ceiling the question itself costs on this machine. The
 * headline is varied traffic: every request asks a different phone × country, so every answer
 * is computed. One URL replayed (its answer kept) is the secondary figure.
 */
export const CHECK_PATH = '/api/v1/check?device=Xiaomi%20Mi%206&country=US';
/** What browsers and `curl --compressed` send; the check answer then goes out compressed. */
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
  /** The server process's CPU time per answer (user + system): its cost, whatever else ran on the machine. */
  serverCpuUs: number;
}

export interface ApiLoadFigures {
  connections: number;
  /** Seconds per route in all, split over the rounds. */
  seconds: number;
  rounds: number;
  trivial: RouteFigures;
  /** A different phone × country per request (bench/varied-checks.ts): the headline. */
  varied: RouteFigures;
  /** varied rps / trivial rps, median of the rounds' own ratios; target >= 0.20. */
  ratio: number;
  roundRatios: number[];
  /** Distinct check URLs in the shuffled list, requests that asked one already asked in this run (0 while requests < distinct), devices left out. */
  variedPaths: { distinct: number; asked: number; repeatRate: number; excludedDevices: string[] };
  /** One URL (CHECK_PATH) asked over and over: its answer is kept and replayed. */
  replay: RouteFigures;
  replayRatio: number;
  targets: { ratioMin: number; p99MsMax: number; errorsMax: number; met: boolean };
}

/** One autocannon run against one path, or a path per request from a function. */
export async function hammer(server: ChildServer, path: string | (() => string), connections: number, seconds: number, headers: Record<string, string> = {}): Promise<RouteFigures> {
  const cpuBefore = await server.cpuMicros();
  const next = typeof path === 'string' ? undefined : path;
  const url = server.url + (typeof path === 'string' ? path : '');
  const r = await autocannon({ url, connections, duration: seconds, headers, ...(next ? { requests: [{ setupRequest: (req) => ({ ...req, path: next() }) }] } : {}) });
  return {
    requests: r.requests.total,
    rps: Math.round(r.requests.total / seconds),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerAnswer: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    serverCpuUs: Math.round(((await server.cpuMicros()) - cpuBefore) / Math.max(r.requests.total, 1)),
  };
}

/** The figures of several runs of one route as one: requests summed, the worst p50 and p99. */
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
    serverCpuUs: Math.round(sum((r) => r.serverCpuUs * r.requests) / Math.max(requests, 1)),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The routes against one server after a short warm-up, in `rounds` rounds of trivial, varied
 * check and replayed check, `seconds / rounds` each: the machine's drift over the run (other
 * work, CPU clocks) then falls on every route alike. A ratio is the median of the rounds'
 * ratios; p99 is the worst round's. The varied paths are taken in turn from one shuffled list
 * over the whole run, warm-up included.
 */
export async function apiLoad(connections = 50, seconds = 15, rounds = 3): Promise<ApiLoadFigures> {
  const { paths, excludedDevices } = await variedChecks();
  let asked = 0;
  const nextPath = () => paths[asked++ % paths.length]!;
  const server = await startServer();
  try {
    for (const path of [TRIVIAL_PATH, CHECK_PATH, paths[0]!]) {
      const res = await fetch(server.url + path, { headers: BROWSER_HEADERS });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      if (path === CHECK_PATH && !res.headers.get('content-encoding')) throw new Error(`${path} was not compressed`);
    }
    // JIT and caches warm before the measured run.
    await hammer(server, TRIVIAL_PATH, 10, 1, BROWSER_HEADERS);
    await hammer(server, nextPath, 10, 2, BROWSER_HEADERS);
    await hammer(server, CHECK_PATH, 10, 1, BROWSER_HEADERS);
    const each = seconds / rounds;
    const runs = { trivial: [] as RouteFigures[], varied: [] as RouteFigures[], replay: [] as RouteFigures[] };
    for (let round = 0; round < rounds; round++) {
      runs.trivial.push(await hammer(server, TRIVIAL_PATH, connections, each, BROWSER_HEADERS));
      runs.varied.push(await hammer(server, nextPath, connections, each, BROWSER_HEADERS));
      runs.replay.push(await hammer(server, CHECK_PATH, connections, each, BROWSER_HEADERS));
    }
    const ratios = (route: RouteFigures[]) => route.map((r, i) => r.rps / runs.trivial[i]!.rps);
    const [trivial, varied, replay] = [runs.trivial, runs.varied, runs.replay].map((r) => combine(r, seconds)) as [RouteFigures, RouteFigures, RouteFigures];
    const ratio = round2(median(ratios(runs.varied)));
    const errors = [trivial, varied, replay].reduce((total, r) => total + r.errors + r.non2xx + r.timeouts, 0);
    const targets = { ratioMin: 0.2, p99MsMax: 15, errorsMax: 0 };
    return {
      connections,
      seconds,
      rounds,
      trivial,
      varied,
      ratio,
      roundRatios: ratios(runs.varied).map(round2),
      variedPaths: { distinct: paths.length, asked, repeatRate: round2(Math.max(0, asked - paths.length) / asked), excludedDevices },
      replay,
      replayRatio: round2(median(ratios(runs.replay))),
      targets: { ...targets, met: ratio >= targets.ratioMin && varied.p99Ms <= targets.p99MsMax && errors === 0 },
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === SELF) process.stdout.write(`${JSON.stringify(await apiLoad(), null, 2)}\n`);
