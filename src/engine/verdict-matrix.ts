import { BAND_SET_WORDS, bandSetOf } from '../bands/band-set.js';
import { withContainedBands } from '../bands/band-containment.js';
import type { Variant } from '../catalog/types.js';
import { judgeKernel, type CompiledCarrier, type PhoneCode } from './verdict-kernel.js';
import { phoneCode } from './phone-code.js';

/**
 * Phone variants packed for matrix work: each distinct (band set, VoLTE) pair is stored once,
 * and `slot[i]` says which distinct phone variant `i` is. Catalogs repeat band lists a lot
 * (12,047 GSMArena variants have 1,834 distinct ones), and identical inputs give identical
 * verdicts, so the kernel runs once per distinct phone.
 */
export interface PackedPhones {
  count: number;
  slot: Uint32Array;
  distinct: number;
  words: Uint32Array;
  nonEmpty: Uint8Array;
  volte: Uint8Array;
}

export function packPhones(variants: readonly Pick<Variant, 'bands' | 'volte' | 'nrModes'>[]): PackedPhones {
  const keys = new Map<string, number>();
  const slot = new Uint32Array(variants.length);
  const sets: Uint32Array[] = [];
  const volte: PhoneCode[] = [];
  variants.forEach((variant, i) => {
    const set = withContainedBands(bandSetOf(variant.bands));
    const v = phoneCode(variant);
    const key = `${set.join(',')}|${v}`;
    let index = keys.get(key);
    if (index === undefined) {
      keys.set(key, (index = sets.length));
      sets.push(set);
      volte.push(v);
    }
    slot[i] = index;
  });
  const words = new Uint32Array(sets.length * BAND_SET_WORDS);
  sets.forEach((set, i) => words.set(set, i * BAND_SET_WORDS));
  return {
    count: variants.length,
    slot,
    distinct: sets.length,
    words,
    nonEmpty: Uint8Array.from(sets, (set) => (set.some((w) => w !== 0) ? 1 : 0)),
    volte: Uint8Array.from(volte),
  };
}

/** Carriers with the same compiled bands, roles and flags get the same verdicts (MVNOs and their hosts, for one). */
export function carrierKey(c: CompiledCarrier): string {
  return `${c.flags}|${c.ends.join(',')}|${c.entries.join(',')}`;
}

/**
 * Every phone against every carrier: `codes[c * count + i]` gets the kernel's level/voice code
 * and `scores[c * count + i]` the score (NaN for `unknown`) of variant `i` on carrier `c`.
 * The kernel runs once per distinct phone and distinct carrier; repeats are copied.
 */
export function judgeMatrix(phones: PackedPhones, carriers: readonly CompiledCarrier[], codes: Uint8Array, scores: Float32Array): void {
  const distinctCodes = new Uint8Array(phones.distinct);
  const distinctScores = new Float32Array(phones.distinct);
  const out = new Float64Array(1);
  const { slot, words, nonEmpty, volte, count } = phones;
  const seen = new Map<string, number>();
  for (let c = 0; c < carriers.length; c++) {
    const carrier = carriers[c]!;
    const base = c * count;
    const key = carrierKey(carrier);
    const first = seen.get(key);
    if (first !== undefined) {
      codes.copyWithin(base, first * count, first * count + count);
      scores.copyWithin(base, first * count, first * count + count);
      continue;
    }
    seen.set(key, c);
    for (let p = 0; p < phones.distinct; p++) {
      distinctCodes[p] = judgeKernel(words, p * BAND_SET_WORDS, nonEmpty[p] === 1, volte[p]!, carrier, out);
      distinctScores[p] = out[0]!;
    }
    for (let i = 0; i < count; i++) {
      const s = slot[i]!;
      codes[base + i] = distinctCodes[s]!;
      scores[base + i] = distinctScores[s]!;
    }
  }
}
