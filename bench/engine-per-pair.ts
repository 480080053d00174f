import type { Carrier, Variant } from '../src/catalog/types.js';
import { variantProfile } from '../src/engine/best-verdict.js';
import { checkCompatibility } from '../src/engine/check-compatibility.js';

/**
 * The naive way open-source checkers match: the phone's band text is searched for each of the
 * carrier's band names (`text.includes('B20')`), counting coverage bands three times. It knows
 * nothing of roles, switch-offs, voice or contained bands, and `B1` is found inside `B12`.
 */
export function substringPair(text: string, carrier: Carrier): number {
  let got = 0;
  let total = 0;
  for (const b of carrier.lte) {
    const w = b.layer === 'coverage' ? 3 : 1;
    total += w;
    if (text.includes(b.band)) got += w;
  }
  for (const b of carrier.nr) {
    const w = b.layer === 'coverage' ? 3 : 1;
    total += w;
    if (text.includes(b.band)) got += w;
  }
  return total ? got / total : 0;
}

/** Band names compared as string sets at query time, as the matrix step's baseline. */
export function stringSetPair(phoneBands: string[], carrier: Carrier): number {
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

export interface PerPairFigures {
  pairs: number;
  rounds: number;
  /** Pairs per second, median of the rounds. */
  substringPairsPerSecond: number;
  stringSetPairsPerSecond: number;
  /** `checkCompatibility`, its level, score and calls read. */
  checkPairsPerSecond: number;
  /** `checkCompatibility` with its reasons and band tables read too (as `JSON.stringify` or a spread does). */
  checkExplainedPairsPerSecond: number;
  /** Median over the rounds of each round's own ratio to the substring matcher. */
  checkToSubstring: number;
  checkExplainedToSubstring: number;
  /** Nanoseconds a pair in the fastest round of each: the rounds that nothing else interrupted. */
  bestNsPerPair: { substring: number; check: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The public, explaining `checkCompatibility` against the naive matchers on the same pairs, in
 * one process, the methods alternating within each round. Each gets the phone in its stored
 * form, made once per variant outside the timing: band text for the naive ones, a
 * `PhoneProfile` for bandfit.
 */
export function perPair(variants: readonly Variant[], carriers: readonly Carrier[], rounds = 5): PerPairFigures {
  const texts = variants.map((v) => v.bands.join(' '));
  const profiles = variants.map(variantProfile);
  const pairs = variants.length * carriers.length;
  // Each method sums into a local and returns it: a sum kept in the closure would be a boxed
  // number allocated per pair, garbage that is the harness's, not the method's.
  const methods: Record<string, () => number> = {
    substring: () => {
      let sum = 0;
      for (const c of carriers) for (const t of texts) sum += substringPair(t, c);
      return sum;
    },
    stringSet: () => {
      let sum = 0;
      for (const c of carriers) for (const v of variants) sum += stringSetPair(v.bands, c);
      return sum;
    },
    check: () => {
      let sum = 0;
      for (const c of carriers) for (const p of profiles) {
        const v = checkCompatibility(p, c);
        sum += (v.score ?? 0) + v.level.length + v.calls.length;
      }
      return sum;
    },
    checkExplained: () => {
      let sum = 0;
      for (const c of carriers) for (const p of profiles) {
        const v = checkCompatibility(p, c);
        sum += (v.score ?? 0) + v.reasons.length + v.technologies.length + (v.reasons[0]?.message.length ?? 0);
      }
      return sum;
    },
  };
  let sink = 0;
  for (const run of Object.values(methods)) sink += run(); // warm-up: let the JIT compile each
  const rates: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(methods)) {
      const t = process.hrtime.bigint();
      sink += run();
      (rates[name] ??= []).push(pairs / (Number(process.hrtime.bigint() - t) / 1e9));
    }
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const bestNs = (name: string) => Math.round(1e10 / Math.max(...rates[name]!)) / 10;
  const ratio = (name: string) => round2(median(rates[name]!.map((x, r) => x / rates.substring![r]!)));
  return {
    pairs,
    rounds,
    substringPairsPerSecond: Math.round(median(rates.substring!)),
    stringSetPairsPerSecond: Math.round(median(rates.stringSet!)),
    checkPairsPerSecond: Math.round(median(rates.check!)),
    checkExplainedPairsPerSecond: Math.round(median(rates.checkExplained!)),
    checkToSubstring: ratio('check'),
    checkExplainedToSubstring: ratio('checkExplained'),
    bestNsPerPair: { substring: bestNs('substring'), check: bestNs('check') },
  };
}
