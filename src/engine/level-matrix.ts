import { BandfitError } from '../errors.js';
import type { Carrier, Variant } from '../catalog/types.js';
import { compiledCarrier } from './compiled-carrier.js';
import type { Level } from './types.js';
import { LEVEL_CODES } from './verdict-kernel.js';
import { judgeMatrix, packPhones } from './verdict-matrix.js';

/** Levels and scores of many phones on many carriers, in two flat arrays. */
export interface LevelMatrix {
  phones: number;
  carriers: number;
  /** `codes[c * phones + i]`: phone `i` on carrier `c`, the kernel's code (level in bits 0-2, `LEVEL_CODES`). */
  codes: Uint8Array;
  /** `scores[c * phones + i]`: its score, NaN where the level is `unknown`. */
  scores: Float32Array;
  level(phone: number, carrier: number): Level;
  score(phone: number, carrier: number): number | null;
}

/**
 * Every phone against every carrier, levels and scores only (no reasons, no calls): the batch
 * form of `checkCompatibility`, with the same level and score for every pair. Identical band
 * lists and identical carrier band plans are judged once and copied (`verdict-matrix.ts`).
 * With `asOf`, each carrier as it stands that day (docs/verdicts.md). `out` reuses the arrays of
 * an earlier matrix of the same size: for 15 M pairs, fresh ones are 75 MB to allocate and
 * zero, which takes longer than judging.
 *
 * @example
 * const m = levelMatrix(devices.flatMap((d) => d.variants), carriersInCountry(catalog, 'DE'));
 * m.level(0, 2); // 'full': the first variant on the third carrier
 */
export function levelMatrix(
  phones: readonly Pick<Variant, 'bands' | 'volte' | 'nrModes'>[],
  carriers: readonly Carrier[],
  asOf?: string,
  out?: Pick<LevelMatrix, 'codes' | 'scores'>,
): LevelMatrix {
  const count = phones.length;
  const size = count * carriers.length;
  if (out && (out.codes.length !== size || out.scores.length !== size)) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'reuse-arrays-size', call: 'levelMatrix', size: out.codes.length, expected: size });
  }
  const codes = out?.codes ?? new Uint8Array(size);
  const scores = out?.scores ?? new Float32Array(size);
  judgeMatrix(packPhones(phones), carriers.map((c) => compiledCarrier(c, asOf)), codes, scores);
  return {
    phones: count,
    carriers: carriers.length,
    codes,
    scores,
    level: (phone, carrier) => LEVEL_CODES[codes[carrier * count + phone]! & 7]!,
    score: (phone, carrier) => {
      const s = scores[carrier * count + phone]!;
      // Scores are rounded to hundredths, which a float32 holds only to about 1e-8.
      return Number.isNaN(s) ? null : Math.round(s * 100) / 100;
    },
  };
}
