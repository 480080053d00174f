import { openSnapshot } from '../src/service/open-snapshot.js';
import { checkQuery } from '../src/service/queries.js';

/** A different phone × country per request: the `check` paths of the varied API bench, and what was left out. */
export interface VariedChecks {
  paths: string[];
  /** Starter devices whose own id is answered `E_AMBIGUOUS_DEVICE` (asked in-process first), left out so every path answers 200. */
  excludedDevices: string[];
}

/** A small seeded generator (mulberry32): the same shuffle on every run, so runs ask the same sequence. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every variant of the starter catalog (the data the bench server seeds its store with) in
 * every country that has carriers, as `/api/v1/check?device=<id>&variant=<id>&country=<cc>`,
 * shuffled: about 150,000 distinct URLs, more than a run of the bench asks, so no answer is
 * asked twice and the answer cache (a few thousand answers) has nothing to replay.
 */
export async function variedChecks(seed = 14): Promise<VariedChecks> {
  const snapshot = await openSnapshot();
  const countries = [...new Set(snapshot.carriers.carriers.map((c) => c.country))].sort();
  const excludedDevices: string[] = [];
  const paths: string[] = [];
  for (const device of snapshot.devices) {
    try {
      checkQuery(snapshot, { device: device.id, country: 'US' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'E_AMBIGUOUS_DEVICE') throw error;
      excludedDevices.push(device.id);
      continue;
    }
    for (const variant of device.variants) {
      for (const cc of countries) paths.push(`/api/v1/check?device=${encodeURIComponent(device.id)}&variant=${encodeURIComponent(variant.id)}&country=${cc}`);
    }
  }
  const random = seeded(seed);
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [paths[i], paths[j]] = [paths[j]!, paths[i]!];
  }
  return { paths, excludedDevices };
}
