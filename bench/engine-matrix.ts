import { bandSetOf, BAND_SET_WORDS } from '../src/bands/band-set.js';
import { withSubsetBands } from '../src/bands/superset-bands.js';
import { loadCarrierCatalog } from '../src/catalog/carrier-catalog.js';
import type { Carrier, Device } from '../src/catalog/types.js';
import { compiledCarrier } from '../src/engine/compiled-carrier.js';
import { judgeKernel, type VolteCode } from '../src/engine/verdict-kernel.js';
import { importDevices } from '../src/import/import-devices.js';
import { openStore } from '../src/store/open-store.js';
import { sharedData, TIDY_DUMP } from './shared-data.js';

/** Every variant's bands packed into one buffer, the layout the kernel reads. */
function packPhones(devices: Device[]) {
  const variants = devices.flatMap((d) => d.variants);
  const words = new Uint32Array(variants.length * BAND_SET_WORDS);
  const nonEmpty: boolean[] = [];
  const volte: VolteCode[] = [];
  variants.forEach((v, i) => {
    words.set(withSubsetBands(bandSetOf(v.bands)), i * BAND_SET_WORDS);
    nonEmpty.push(v.bands.length > 0);
    volte.push(v.volte === undefined ? 2 : v.volte ? 1 : 0);
  });
  return { variants, words, nonEmpty, volte };
}

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
  carriers: number;
  pairs: number;
  kernelPairsPerSecond: number;
  naivePairsPerSecond: number;
  ratio: number;
}

/** Engine matrix: every imported device variant against every carrier, on one core. */
export async function engineMatrix(): Promise<MatrixFigures | { skipped: string }> {
  const dump = sharedData(...TIDY_DUMP);
  if (!dump) return { skipped: '../shared/data is absent' };
  const store = await openStore({ file: ':memory:' });
  await importDevices(store, dump, { skipInvalid: true });
  const devices = await store.listDevices();
  await store.close();
  const carriers = loadCarrierCatalog().carriers;
  const compiled = carriers.map(compiledCarrier);
  const { variants, words, nonEmpty, volte } = packPhones(devices);
  const out = new Float64Array(1);
  const pass = () => {
    let checksum = 0;
    for (const c of compiled) {
      for (let p = 0; p < variants.length; p++) checksum += judgeKernel(words, p * BAND_SET_WORDS, nonEmpty[p]!, volte[p]!, c, out) & 7;
    }
    return checksum;
  };
  pass(); // warm-up: let the JIT compile the kernel
  const pairs = compiled.length * variants.length;
  let t = process.hrtime.bigint();
  const runs = 3;
  for (let r = 0; r < runs; r++) pass();
  const kernelSeconds = Number(process.hrtime.bigint() - t) / 1e9 / runs;

  // The naive baseline is slow: time it on a slice of the carriers and scale per pair.
  const slice = carriers.slice(0, Math.max(1, Math.ceil(carriers.length / 20)));
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
    carriers: carriers.length,
    pairs,
    kernelPairsPerSecond: Math.round(kernelPairsPerSecond),
    naivePairsPerSecond: Math.round(naivePairsPerSecond),
    ratio: Math.round((kernelPairsPerSecond / naivePairsPerSecond) * 10) / 10,
  };
}
