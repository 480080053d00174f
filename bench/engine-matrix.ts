import { loadCarrierCatalog } from '../src/catalog/carrier-catalog.js';
import type { Carrier } from '../src/catalog/types.js';
import { compiledCarrier } from '../src/engine/compiled-carrier.js';
import { carrierKey, judgeMatrix, packPhones } from '../src/engine/verdict-matrix.js';
import { dumpDevices } from './shared-data.js';

/**
 * The naive way existing checkers work: band names compared as string sets at query time.
 * It counts the carrier's bands the phone has, weighting coverage bands, and nothing else.
 */
function naivePair(phoneBands: string[], carrier: Carrier): number {
  const phone = new Set(phoneBands.map((b) => b.toUpperCase()));
  let got = 0;
  let total = 0;
  for (const b of [...carrier.lte, ...carrier.nr]) {
    const w = b.layer === 'coverage' ? 3 : 1;
    total += w;
    if (phone.has(b.band.toUpperCase())) got += w;
  }
  return total ? got / total : 0;
}

export interface MatrixFigures {
  devices: number;
  variants: number;
  distinctVariants: number;
  carriers: number;
  distinctCarriers: number;
  pairs: number;
  kernelPairsPerSecond: number;
  /** Kernel calls per second: one per distinct phone and distinct carrier. */
  kernelCallsPerSecond: number;
  naivePairsPerSecond: number;
  ratio: number;
}

/** Engine matrix: every imported device variant against every carrier, on one core. */
export async function engineMatrix(): Promise<MatrixFigures | { skipped: string }> {
  const devices = await dumpDevices();
  if (!devices) return { skipped: '../shared/data is absent' };
  const carriers = loadCarrierCatalog().carriers;
  const compiled = carriers.map((c) => compiledCarrier(c));
  const variants = devices.flatMap((d) => d.variants);
  const codes = new Uint8Array(compiled.length * variants.length);
  const scores = new Float32Array(codes.length);
  // Packing (contained bands, dedupe) is part of the measured work.
  const pass = () => judgeMatrix(packPhones(variants), compiled, codes, scores);
  pass(); // warm-up: let the JIT compile the kernel
  const pairs = compiled.length * variants.length;
  const distinct = packPhones(variants).distinct;
  const distinctCarriers = new Set(compiled.map(carrierKey)).size;
  let t = process.hrtime.bigint();
  const runs = 3;
  for (let r = 0; r < runs; r++) pass();
  const kernelSeconds = Number(process.hrtime.bigint() - t) / 1e9 / runs;

  // The naive baseline is slow: time it on a sample of the carriers and scale per pair.
  // Every 20th carrier: a spread sample (big curated networks and small derived ones alike).
  const slice = carriers.filter((_, i) => i % 20 === 0);
  let sink = 0;
  for (const c of slice.slice(0, 2)) for (const v of variants) sink += naivePair(v.bands, c);
  t = process.hrtime.bigint();
  for (const c of slice) for (const v of variants) sink += naivePair(v.bands, c);
  const naiveSeconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const kernelPairsPerSecond = pairs / kernelSeconds;
  const naivePairsPerSecond = (slice.length * variants.length) / naiveSeconds;
  return {
    devices: devices.length,
    variants: variants.length,
    distinctVariants: distinct,
    carriers: carriers.length,
    distinctCarriers,
    pairs,
    kernelPairsPerSecond: Math.round(kernelPairsPerSecond),
    kernelCallsPerSecond: Math.round((distinct * distinctCarriers) / kernelSeconds),
    naivePairsPerSecond: Math.round(naivePairsPerSecond),
    ratio: Math.round((kernelPairsPerSecond / naivePairsPerSecond) * 10) / 10,
  };
}
