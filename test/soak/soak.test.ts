import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ChildServer } from '../../bench/child-server.js';

/**
 * A bounded soak of the HTTP API: many connections for a fixed time at a capped rate, over a
 * rotating mix of routes, phones and countries (so the answer cache fills, evicts and refills),
 * against a real server in a child process on loopback. It must answer every request with a 2xx
 * and its resident memory must stop growing: sampled every second after a full GC (the server
 * runs with --expose-gc), the mean RSS of the last third of the run may exceed the first
 * third's by at most RSS_GROWTH_MB.
 *
 * BANDFIT_SOAK_SECONDS lengthens it (60 for a longer soak); the default 20 s keeps it in the
 * normal suite. Requests are bounded in count too: the soak rate per second at most.
 */
const SECONDS = Math.min(Math.max(Number(process.env.BANDFIT_SOAK_SECONDS ?? 20) || 20, 5), 600);
const CONNECTIONS = 200;
/**
 * The soak runs at half of what this server answers on this machine, measured just before it
 * (MEASURE_SECONDS unlimited over the same paths), clamped to [MIN_RATE, MAX_RATE]. Past its
 * capacity a soak measures queueing (p99 of seconds, the odd 10 s timeout), not errors or leaks;
 * a fixed rate that suits one machine is past the capacity of a slower one.
 */
const MAX_RATE = 1200;
const MIN_RATE = 100;
const MEASURE_SECONDS = 3;
const RSS_GROWTH_MB = 50;

let server: ChildServer;
let paths: string[] = [];

beforeAll(async () => {
  server = await startServer({}, { exposeGc: true });
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(server.url + path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  const { devices } = await get<{ devices: { id: string }[] }>('/api/v1/devices?limit=50');
  const { countries } = await get<{ countries: { code: string; networks: number }[] }>('/api/v1/countries');
  const served = countries.filter((c) => c.networks > 0).map((c) => c.code).slice(0, 60);
  expect(devices.length).toBeGreaterThan(3);
  expect(served.length).toBeGreaterThan(10);
  // Every combination is a distinct URL, taken in turn: more answers than the cache keeps, so it keeps evicting.
  for (const country of served) {
    for (const d of devices) paths.push(`/api/v1/check?device=${d.id}&country=${country}`);
    paths.push(`/api/v1/phones?country=${country}&limit=5`, `/api/v1/carriers?country=${country}`);
  }
  for (const d of devices) paths.push(`/api/v1/where?device=${d.id}`, `/api/v1/devices?q=${encodeURIComponent(d.id.split('-')[0]!)}`);
  paths.push('/api/v1/countries');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const ACCEPT_ENCODINGS = ['gzip, deflate, br', undefined, 'br', 'gzip'];

/** Every path in turn, with a rotating Accept-Encoding. */
function rotatingRequests(): autocannon.Request[] {
  let next = 0;
  return [
    {
      setupRequest: (req) => {
        const i = next++;
        const encoding = ACCEPT_ENCODINGS[i % ACCEPT_ENCODINGS.length];
        return { ...req, path: paths[i % paths.length]!, headers: { ...req.headers, ...(encoding ? { 'accept-encoding': encoding } : {}) } };
      },
    },
  ];
}

/** Runs autocannon and collects the code of every failed request (ECONNRESET, timeout, ...). */
function runLoad(options: autocannon.Options): Promise<{ result: autocannon.Result; errorCodes: Map<string, number> }> {
  const errorCodes = new Map<string, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve({ result, errorCodes })));
    instance.on('reqError', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message ?? 'unknown';
      errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
    });
  });
}

/** Requests per second the server answers over the soak's paths with no cap. */
async function measureCapacity(): Promise<number> {
  const { result } = await runLoad({ url: server.url, connections: 20, duration: MEASURE_SECONDS, timeout: 10, requests: rotatingRequests() });
  return result.requests.average;
}

describe(`soak: ${SECONDS} s at ${CONNECTIONS} connections`, () => {
  it('answers every request with a 2xx and its memory levels off', async () => {
    const capacity = await measureCapacity();
    const rate = Math.round(Math.min(MAX_RATE, Math.max(MIN_RATE, capacity / 2)));
    const samples: { at: number; rss: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => {
      void server.rss().then((rss) => samples.push({ at: Date.now() - started, rss }));
    }, 1000);
    const { result, errorCodes } = await runLoad({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      overallRate: rate,
      timeout: 10,
      // As browsers, curl --compressed, brotli-only and plain clients ask: compressed and
      // uncompressed answers, fresh and replayed, share the one answer cache.
      requests: rotatingRequests(),
    });
    clearInterval(sampler);
    const codes = [...errorCodes].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
    process.stdout.write(`soak: capacity ${Math.round(capacity)}/s measured, soaking at ${rate}/s; errors ${result.errors} (timeouts ${result.timeouts}): ${codes}\n`);

    expect(Object.fromEntries(errorCodes)).toEqual({});
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(SECONDS * rate * 0.5);
    expect(result.requests.total).toBeLessThanOrEqual(rate * (SECONDS + 1));

    const third = (SECONDS * 1000) / 3;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const first = mean(samples.filter((s) => s.at < third).map((s) => s.rss));
    const last = mean(samples.filter((s) => s.at >= 2 * third).map((s) => s.rss));
    const growthMb = (last - first) / 2 ** 20;
    process.stdout.write(
      `soak: ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)}/s), p99 ${result.latency.p99} ms, ` +
        `RSS first third ${Math.round(first / 2 ** 20)} MB, last third ${Math.round(last / 2 ** 20)} MB, growth ${growthMb.toFixed(1)} MB\n`,
    );
    process.stdout.write(`soak: RSS after GC by second: ${samples.map((s) => `${Math.round(s.at / 1000)}s ${Math.round(s.rss / 2 ** 20)}`).join(", ")}\n`);
    expect(growthMb).toBeLessThan(RSS_GROWTH_MB);

    // Still answering after the run.
    expect((await fetch(`${server.url}/api/v1/countries`)).status).toBe(200);
  }, (SECONDS + 60) * 1000);
});
