/**
 * Latency at a fixed request rate around a piece of work (an import): requests go out on
 * schedule whether or not earlier ones have answered (an open loop, so a stall shows as latency
 * instead of as fewer requests), over a rotating list of paths. Each request is counted in the
 * phase it was sent in: before the work, during it, and after it.
 */
export interface PhaseFigures {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  failed: number;
}

export interface LatencyFigures {
  rate: number;
  /** How long the work took. */
  workSeconds: number;
  before: PhaseFigures;
  during: PhaseFigures;
  after: PhaseFigures;
  /** p99 per second of the whole run, seconds counted from the start of the work (negative before it). */
  perSecond: { second: number; requests: number; p99Ms: number; failed: number }[];
}

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
}

const TICK_MS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
}

function phase(samples: Sample[]): PhaseFigures {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: samples.length, p50Ms: round(quantile(ms, 0.5)), p99Ms: round(quantile(ms, 0.99)), maxMs: round(ms.at(-1) ?? 0), failed: samples.filter((s) => !s.ok).length };
}

export async function rateLatency(url: string, paths: string[], rate: number, beforeSeconds: number, work: () => Promise<void>, afterSeconds: number): Promise<LatencyFigures> {
  const samples: Sample[] = [];
  const pending = new Set<Promise<void>>();
  const t0 = performance.now();
  let sent = 0;
  let running = true;
  const ask = (path: string) => {
    const at = performance.now();
    const request = fetch(url + path, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
      .then(async (res) => {
        await res.arrayBuffer();
        samples.push({ at, ms: performance.now() - at, ok: res.status === 200 });
      })
      .catch(() => void samples.push({ at, ms: performance.now() - at, ok: false }))
      .finally(() => pending.delete(request));
    pending.add(request);
  };
  const generator = (async () => {
    while (running) {
      const due = Math.floor(((performance.now() - t0) / 1000) * rate);
      for (; sent < due; sent++) ask(paths[sent % paths.length]!);
      await sleep(TICK_MS);
    }
  })();

  await sleep(beforeSeconds * 1000);
  const workStart = performance.now();
  await work();
  const workEnd = performance.now();
  await sleep(afterSeconds * 1000);
  running = false;
  await generator;
  await Promise.all(pending);

  const bySecond = new Map<number, Sample[]>();
  for (const s of samples) {
    const second = Math.floor((s.at - workStart) / 1000);
    bySecond.set(second, [...(bySecond.get(second) ?? []), s]);
  }
  return {
    rate,
    workSeconds: Math.round((workEnd - workStart) / 100) / 10,
    before: phase(samples.filter((s) => s.at < workStart)),
    during: phase(samples.filter((s) => s.at >= workStart && s.at < workEnd)),
    after: phase(samples.filter((s) => s.at >= workEnd)),
    perSecond: [...bySecond]
      .sort(([a], [b]) => a - b)
      .map(([second, list]) => ({ second, requests: list.length, p99Ms: phase(list).p99Ms, failed: phase(list).failed })),
  };
}
