import type { Device } from '../catalog/types.js';

/** A performance figure on one benchmark version, measured or estimated. */
export interface Performance {
  score: number;
  /** `AnTuTu v10` */
  benchmark: string;
  /** True when no score of this phone exists and the figure is the median of same-chipset phones. */
  estimated: boolean;
  basis: string;
}

const key = (name: string, version: string) => `${name} ${version}`;

/** The benchmark (name and version) most devices in the list have a score for. */
export function commonBenchmark(devices: readonly Device[]): string | undefined {
  const counts = new Map<string, number>();
  for (const device of devices) {
    const seen = new Set((device.specs?.benchmarks ?? []).map((b) => key(b.name, b.version)));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best) && k > best)) best = k;
  return best;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Scores on one benchmark version for every device: the device's own score where it has
 * one; else, as an estimate, the median score of the other devices with the same chipset
 * (scores of different versions are never mixed). Devices with neither are left out.
 */
export function performanceIndex(devices: readonly Device[], benchmark: string): Map<string, Performance> {
  const own = new Map<string, number>();
  const byChipset = new Map<string, number[]>();
  for (const device of devices) {
    const score = (device.specs?.benchmarks ?? []).find((b) => key(b.name, b.version) === benchmark)?.score;
    if (score === undefined) continue;
    own.set(device.id, score);
    const chipset = device.specs?.chipset?.toLowerCase();
    if (chipset) byChipset.set(chipset, [...(byChipset.get(chipset) ?? []), score]);
  }
  const index = new Map<string, Performance>();
  for (const device of devices) {
    const score = own.get(device.id);
    if (score !== undefined) {
      index.set(device.id, { score, benchmark, estimated: false, basis: 'measured' });
      continue;
    }
    const chipset = device.specs?.chipset;
    const peers = chipset ? byChipset.get(chipset.toLowerCase()) : undefined;
    if (peers?.length) {
      index.set(device.id, {
        score: Math.round(median(peers)),
        benchmark,
        estimated: true,
        basis: `median of ${peers.length} phone${peers.length > 1 ? 's' : ''} with the ${chipset}`,
      });
    }
  }
  return index;
}
