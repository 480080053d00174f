import { loadCarrierCatalog } from '../src/catalog/carrier-catalog.js';
import { compiledCarrier } from '../src/engine/compiled-carrier.js';
import { levelMatrix } from '../src/engine/level-matrix.js';
import { carrierKey, packPhones } from '../src/engine/verdict-matrix.js';
import { perPair, stringSetPair, type PerPairFigures } from './engine-per-pair.js';
import { dumpDevices } from './shared-data.js';

export interface MatrixFigures {
  devices: number;
  variants: number;
  distinctVariants: number;
  carriers: number;
  distinctCarriers: number;
  pairs: number;
  /** `levelMatrix` into the arrays of an earlier run. */
  kernelPairsPerSecond: number;
  /** `levelMatrix` with fresh output arrays (75 MB for 15 M pairs). */
  freshArraysPairsPerSecond: number;
  /** Kernel calls per second: one per distinct phone and distinct carrier. */
  kernelCallsPerSecond: number;
  naivePairsPerSecond: number;
  ratio: number;
  /** The public `checkCompatibility` against the naive matchers, pair by pair, on a sample. */
  perPair: PerPairFigures & { carriers: number; variants: number };
}

/** Engine matrix: every imported device variant against every carrier, on one core. */
export async function engineMatrix(): Promise<MatrixFigures | { skipped: string }> {
  const devices = await dumpDevices();
  if (!devices) return { skipped: '../shared/data is absent' };
  const carriers = loadCarrierCatalog().carriers;
  const compiled = carriers.map((c) => compiledCarrier(c));
  const variants = devices.flatMap((d) => d.variants);
  // The exported batch call, as a library user makes it: packing (contained bands, dedupe)
  // is part of the measured work; the output arrays of the warm-up are reused (a batch job
  // judging again), and the time with fresh ones, allocated and zeroed, is given apart.
  let sink = 0;
  const warm = levelMatrix(variants, carriers); // warm-up: let the JIT compile the kernel
  const pass = () => (sink += levelMatrix(variants, carriers, undefined, warm).codes[0]!);
  const fresh = () => (sink += levelMatrix(variants, carriers).codes[0]!);
  const pairs = compiled.length * variants.length;
  const distinct = packPhones(variants).distinct;
  const distinctCarriers = new Set(compiled.map(carrierKey)).size;
  let t = process.hrtime.bigint();
  const runs = 3;
  for (let r = 0; r < runs; r++) pass();
  const kernelSeconds = Number(process.hrtime.bigint() - t) / 1e9 / runs;
  t = process.hrtime.bigint();
  for (let r = 0; r < runs; r++) fresh();
  const freshSeconds = Number(process.hrtime.bigint() - t) / 1e9 / runs;

  // The naive baseline is slow: time it on a sample of the carriers and scale per pair.
  // Every 20th carrier: a spread sample (big curated networks and small derived ones alike).
  const slice = carriers.filter((_, i) => i % 20 === 0);
  for (const c of slice.slice(0, 2)) for (const v of variants) sink += stringSetPair(v.bands, c);
  t = process.hrtime.bigint();
  for (const c of slice) for (const v of variants) sink += stringSetPair(v.bands, c);
  const naiveSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const kernelPairsPerSecond = pairs / kernelSeconds;
  const sample = variants.filter((_, i) => i % 4 === 0);
  const naivePairsPerSecond = (slice.length * variants.length) / naiveSeconds;
  return {
    devices: devices.length,
    variants: variants.length,
    distinctVariants: distinct,
    carriers: carriers.length,
    distinctCarriers,
    pairs,
    kernelPairsPerSecond: Math.round(kernelPairsPerSecond),
    freshArraysPairsPerSecond: Math.round(pairs / freshSeconds),
    kernelCallsPerSecond: Math.round((distinct * distinctCarriers) / kernelSeconds),
    naivePairsPerSecond: Math.round(naivePairsPerSecond),
    ratio: Math.round((kernelPairsPerSecond / naivePairsPerSecond) * 10) / 10,
    // The same carrier sample, every 4th variant: the explaining path is slow enough that the
    // full set would take minutes a round.
    perPair: { carriers: slice.length, variants: sample.length, ...perPair(sample, slice) },
  };
}
