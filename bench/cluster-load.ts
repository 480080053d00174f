import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { projectPath } from '../src/project-root.js';
import { clusterMissing, startLocalCluster } from '../test/deploy/support/local-cluster.js';
import { rateLatency, type LatencyFigures } from './rate-latency.js';
import { sharedData, TIDY_DUMP } from './shared-data.js';

/**
 * The deployment of deploy/ under load (deploy/local-cluster.sh: PostgreSQL on 127.0.0.1,
 * 3 instances, nginx in front, all loopback): requests per second through nginx balancing over
 * 1, 2 and 3 instances, and one instance asked directly; then query latency at a fixed rate
 * while `bandfit import devices` writes the GSMArena dump into the PostgreSQL store, and while
 * every instance loads the new snapshot after it.
 */
const SELF = fileURLToPath(import.meta.url);
const CLI = projectPath('test', 'support', 'bandfit-cli.ts');
const BASE = 41_000 + (process.pid % 500) * 10;
/** Requests per second during the import: well under what the 3 instances answer, so what shows is the import's cost, not a queue. */
const IMPORT_RATE = 100;

export interface ThroughputFigures {
  /** Instances behind nginx; 0 = one instance asked directly, no nginx. */
  instances: number;
  requests: number;
  /** Median of the rounds. */
  rps: number;
  roundRps: number[];
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

export interface ClusterLoadFigures {
  connections: number;
  /** Seconds of load per setup in all, split over the rounds. */
  secondsPerSetup: number;
  rounds: number;
  distinctPaths: number;
  direct: ThroughputFigures;
  balanced: ThroughputFigures[];
  /** rps with 2 and with 3 instances over rps with 1, all through nginx: the median of the rounds' ratios (each round runs 1, 2, 3 back to back). */
  scaling: { twoOverOne: number; threeOverOne: number };
  /** The machine's 1-minute load average at the start and the end: other work on the same cores. */
  loadAverage: { start: number; end: number };
  duringImport: LatencyFigures | { skipped: string };
}

/** The soak's mix: every starter phone in 60 countries, phones and carriers per country, where per phone. */
async function variedPaths(url: string): Promise<string[]> {
  const get = async (path: string) => (await fetch(url + path)).json();
  const { devices } = (await get('/api/v1/devices?limit=50')) as { devices: { id: string }[] };
  const { countries } = (await get('/api/v1/countries')) as { countries: { code: string; networks: number }[] };
  const paths: string[] = [];
  for (const { code } of countries.filter((c) => c.networks > 0).slice(0, 60)) {
    for (const d of devices) paths.push(`/api/v1/check?device=${d.id}&country=${code}`);
    paths.push(`/api/v1/phones?country=${code}&limit=5`, `/api/v1/carriers?country=${code}`);
  }
  for (const d of devices) paths.push(`/api/v1/where?device=${d.id}`);
  return paths;
}

async function throughput(url: string, paths: string[], connections: number, seconds: number): Promise<Omit<ThroughputFigures, 'instances' | 'roundRps'>> {
  let next = 0;
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
  });
  return { requests: r.requests.total, rps: Math.round(r.requests.total / seconds), p50Ms: r.latency.p50, p99Ms: r.latency.p99, failed: r.errors + r.timeouts + r.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The rounds of one setup as one: requests summed, rps the median round's, the worst p50 and p99. */
function combine(instances: number, runs: Omit<ThroughputFigures, 'instances' | 'roundRps'>[]): ThroughputFigures {
  return {
    instances,
    requests: runs.reduce((t, r) => t + r.requests, 0),
    rps: median(runs.map((r) => r.rps)),
    roundRps: runs.map((r) => r.rps),
    p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    failed: runs.reduce((t, r) => t + r.failed, 0),
  };
}

/** `bandfit import devices <dump> --skip-invalid` into the cluster's store, as an operator would run it. */
function importDump(databaseUrl: string, dump: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', 'devices', dump, '--skip-invalid'], {
    env: { ...process.env, BANDFIT_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk) => void (err += chunk));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import exited ${code}: ${err}`)))));
}

/**
 * Rounds of 1, 2 and 3 instances behind nginx and one instance direct, `seconds / rounds` each,
 * alternating so the machine's drift falls on all alike; then the import run.
 */
export async function clusterLoad(connections = 50, seconds = 16, rounds = 4): Promise<ClusterLoadFigures | { skipped: string }> {
  const missing = clusterMissing();
  if (missing) return { skipped: missing };
  const loadStart = loadavg()[0]!;
  const cluster = await startLocalCluster(3, BASE, 'bench');
  try {
    const paths = await variedPaths(cluster.url);
    const each = seconds / rounds;
    const runs = new Map<number, Omit<ThroughputFigures, 'instances' | 'roundRps'>[]>([[0, []], [1, []], [2, []], [3, []]]);
    const direct = cluster.instanceUrls[0]!;
    await throughput(cluster.url, paths, connections, 2); // warm-up: JIT, snapshots, caches
    for (let round = 0; round < rounds; round++) {
      for (const instances of [1, 2, 3]) {
        await cluster.balance(instances);
        runs.get(instances)!.push(await throughput(cluster.url, paths, connections, each));
      }
      runs.get(0)!.push(await throughput(direct, paths, connections, each));
    }
    const balanced = [1, 2, 3].map((n) => combine(n, runs.get(n)!));
    const ratio = (n: number) => Math.round(median(runs.get(n)!.map((r, i) => r.rps / runs.get(1)![i]!.rps)) * 100) / 100;
    const dump = sharedData(...TIDY_DUMP);
    const duringImport = dump
      ? await rateLatency(cluster.url, paths, IMPORT_RATE, 5, () => importDump(cluster.databaseUrl, dump), 10)
      : { skipped: '../shared/data is absent' };
    return {
      connections,
      secondsPerSetup: seconds,
      rounds,
      distinctPaths: paths.length,
      direct: combine(0, runs.get(0)!),
      balanced,
      scaling: { twoOverOne: ratio(2), threeOverOne: ratio(3) },
      loadAverage: { start: Math.round(loadStart * 10) / 10, end: Math.round(loadavg()[0]! * 10) / 10 },
      duringImport,
    };
  } finally {
    await cluster.stop();
  }
}

if (process.argv[1] === SELF) process.stdout.write(`${JSON.stringify(await clusterLoad(), null, 2)}\n`);
