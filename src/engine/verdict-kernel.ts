import { bandIndex } from '../bands/registry.js';
import type { CarrierProfile } from './carrier-profile.js';

/** Band weights in the score: a coverage band is worth three capacity bands; add-on bands a quarter. */
export const WEIGHTS = { coverage: 3, capacity: 1, supplemental: 0.25 } as const;

/** Role of a carrier band in the kernel's band list. */
export const ROLE = { coverage: 0, capacity: 1, supplemental: 2, nrCoverage: 3, nrCapacity: 4, nrSupplemental: 5, legacy: 6, lteOther: 7 } as const;

const FLAG_HAS_BANDS = 1;
const FLAG_DATA_IS_LTE = 2;
const FLAG_WITH_NR = 4;
const FLAG_VOLTE_REQUIRED = 8;
const FLAG_NR_SA_ONLY = 16;
/** A role with more than 15 bands: its hits do not fit the 4-bit fields of `packed`. */
const FLAG_WIDE = 32;
/** Bits per role in the kernel's one-pass hit count (`packed`): up to 15 bands a role. */
const FIELD = 4;

/**
 * A carrier compiled for the kernel: its bands' registry indexes grouped by role (`ends[r]` is
 * where role `r`'s group ends), so judging a phone is one pass over about a dozen integers
 * with a bit test each and no branching on roles.
 */
export interface CompiledCarrier {
  entries: Int32Array;
  /**
   * The same entries as `index | (role * FIELD) << 16`: one pass adds each hit into its role's
   * 4-bit field of one integer, instead of a loop per role (most carriers have under a dozen bands).
   */
  packed: Int32Array;
  ends: Int32Array;
  counts: Int32Array;
  flags: number;
  dataTotal: number;
  nrTotal: number;
}

export const LEVEL_CODES = ['unknown', 'none', 'limited', 'partial', 'full'] as const;
export const VOICE_CODES = ['none', 'volte', 'circuit-switched', 'volte-unconfirmed'] as const;

/** `volte` as the kernel takes it: 0 known absent, 1 known present, 2 not known. */
export type VolteCode = 0 | 1 | 2;

/**
 * What the kernel knows of a phone besides its bands, in one small integer (`phone-code.ts`):
 * bits 0-1 the `VolteCode`, bit 2 set when the phone is known to support 5G non-standalone only.
 */
export type PhoneCode = number;
export const PHONE_NSA_ONLY = 4;

export function compileCarrier(profile: CarrierProfile): CompiledCarrier {
  const byRole: number[][] = Array.from({ length: 8 }, () => []);
  const counts = new Int32Array(8);
  const push = (band: string, role: number) => {
    const index = bandIndex(band);
    if (index === undefined) return;
    byRole[role]!.push(index);
    counts[role]!++;
  };
  const lteCore = profile.lte.bands.some((b) => b.role !== 'supplemental');
  const nrCore = profile.nr.bands.some((b) => b.role !== 'supplemental');
  const data = lteCore ? profile.lte : nrCore ? profile.nr : undefined;
  const roleOf = { coverage: 0, capacity: 1, supplemental: 2, legacy: 6 } as const;
  // A second number for one block (au's B26 over B18) is one layer: counted once, as the narrower.
  if (data) for (const b of data.bands) if (!b.sameBlockAs) push(b.band, roleOf[b.role]);
  const withNr = data === profile.lte && profile.nr.bands.length > 0;
  if (withNr) for (const b of profile.nr.bands) if (!b.sameBlockAs) push(b.band, roleOf[b.role] + 3);
  if (data !== profile.lte) for (const b of profile.lte.bands) push(b.band, ROLE.lteOther);
  for (const layer of profile.legacy) if (layer.usable) for (const band of layer.bands) push(band, ROLE.legacy);
  const total = (c: number, k: number, s: number) => WEIGHTS.coverage * c + WEIGHTS.capacity * k + WEIGHTS.supplemental * s;
  const ends = new Int32Array(8);
  byRole.reduce((end, list, role) => (ends[role] = end + list.length), 0);
  const wide = counts.some((n) => n >= 1 << FIELD);
  return {
    entries: Int32Array.from(byRole.flat()),
    packed: Int32Array.from(byRole.flatMap((list, role) => list.map((index) => index | ((role * FIELD) << 16)))),
    ends,
    counts,
    flags:
      (profile.hasBands ? FLAG_HAS_BANDS : 0) |
      (data === profile.lte && data !== undefined ? FLAG_DATA_IS_LTE : 0) |
      (withNr ? FLAG_WITH_NR : 0) |
      (profile.carrier.volteRequired === true ? FLAG_VOLTE_REQUIRED : 0) |
      (isSaOnly(profile.carrier.nrModes) ? FLAG_NR_SA_ONLY : 0) |
      (wide ? FLAG_WIDE : 0),
    dataTotal: total(counts[0]!, counts[1]!, counts[2]!),
    nrTotal: total(counts[3]!, counts[4]!, counts[5]!),
  };
}

/** A 5G network that runs standalone only: a phone without 5G SA gets none of its 5G. */
export function isSaOnly(modes: readonly string[] | undefined): boolean {
  return modes !== undefined && modes.length === 1 && modes[0] === 'SA';
}

/** How many of `entries[from..to)` are set in the phone's band words at `offset`. */
function hitsIn(entries: Int32Array, from: number, to: number, words: Uint32Array, offset: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const index = entries[k]!;
    n += (words[offset + (index >>> 5)]! >>> (index & 31)) & 1;
  }
  return n;
}

/** The hits of every role at once, role `r` in bits `FIELD * r` (wrapping at 32 bits keeps the fields). */
function packedHits(packed: Int32Array, words: Uint32Array, offset: number): number {
  let acc = 0;
  for (let k = 0; k < packed.length; k++) {
    const p = packed[k]!;
    const index = p & 0xffff;
    acc = (acc + (((words[offset + (index >>> 5)]! >>> (index & 31)) & 1) << (p >>> 16))) | 0;
  }
  return acc;
}

/**
 * Level, score and voice of one phone on one carrier: the rules of docs/verdicts.md with no
 * reasons attached. `words` holds the phone's band set at `offset` (BandSet layout).
 * The level is the data dimension only; voice is the calls dimension (`calls.ts` words it).
 * Returns `level code | voice code << 3` and writes the score to `out[0]`.
 */
export function judgeKernel(words: Uint32Array, offset: number, nonEmpty: boolean, phone: PhoneCode, c: CompiledCarrier, out: Float64Array): number {
  if (!nonEmpty || (c.flags & FLAG_HAS_BANDS) === 0) {
    out[0] = NaN;
    return 0;
  }
  const volte = phone & 3;
  // On a 5G network that runs standalone only, a phone known to lack 5G SA gets none of its 5G.
  const noNr = (c.flags & FLAG_NR_SA_ONLY) !== 0 && (phone & PHONE_NSA_ONLY) !== 0;
  const dataIsLte = (c.flags & FLAG_DATA_IS_LTE) !== 0;
  const dataBlocked = noNr && !dataIsLte;
  // Hits per role: one pass into 4-bit fields, or a loop per role where a role has more than 15.
  const acc = (c.flags & FLAG_WIDE) === 0 ? packedHits(c.packed, words, offset) : 0;
  const wide = (c.flags & FLAG_WIDE) !== 0;
  const e = c.entries;
  const end = c.ends;
  let h0 = wide ? hitsIn(e, 0, end[0]!, words, offset) : acc & 15;
  let h1 = wide ? hitsIn(e, end[0]!, end[1]!, words, offset) : (acc >>> 4) & 15;
  let h2 = wide ? hitsIn(e, end[1]!, end[2]!, words, offset) : (acc >>> 8) & 15;
  let h3 = wide ? hitsIn(e, end[2]!, end[3]!, words, offset) : (acc >>> 12) & 15;
  let h4 = wide ? hitsIn(e, end[3]!, end[4]!, words, offset) : (acc >>> 16) & 15;
  let h5 = wide ? hitsIn(e, end[4]!, end[5]!, words, offset) : (acc >>> 20) & 15;
  const h6 = wide ? hitsIn(e, end[5]!, end[6]!, words, offset) : (acc >>> 24) & 15;
  const h7 = wide ? hitsIn(e, end[6]!, end[7]!, words, offset) : acc >>> 28;
  if (dataBlocked) h0 = h1 = h2 = 0;
  if (noNr) h3 = h4 = h5 = 0;
  const counts = c.counts;
  const hasData = h0 + h1 > 0;
  let level = hasData ? (h0 < counts[0]! ? 2 : h1 < counts[1]! ? 3 : 4) : 1;
  const legacy = h6 > 0;
  if (level === 1 && legacy) level = 2;
  const onLte = dataIsLte ? h0 + h1 + h2 > 0 : h7 > 0;
  // On a network with no LTE, calls go over 5G (VoNR), which no phone record confirms yet.
  const onNrOnly = !dataIsLte && h0 + h1 > 0;
  const volteUsable = (onLte || onNrOnly) && volte !== 0;
  const legacyVoice = legacy && (c.flags & FLAG_VOLTE_REQUIRED) === 0;
  const voice = onLte && volte === 1 ? 1 : legacyVoice ? 2 : volteUsable ? 3 : 0;
  if (level === 1) {
    out[0] = 0;
    return level | (voice << 3);
  }
  const dataShare = c.dataTotal === 0 ? 0 : (WEIGHTS.coverage * h0 + WEIGHTS.capacity * h1 + WEIGHTS.supplemental * h2) / c.dataTotal;
  const withNr = (c.flags & FLAG_WITH_NR) !== 0;
  const nrShare = withNr && c.nrTotal !== 0 ? (WEIGHTS.coverage * h3 + WEIGHTS.capacity * h4 + WEIGHTS.supplemental * h5) / c.nrTotal : 0;
  let score = (legacy || dataShare > 0 ? 0.1 : 0) + (withNr ? 0.7 * dataShare + 0.2 * nrShare : 0.9 * dataShare);
  if (voice === 0) score /= 2;
  out[0] = Math.round(score * 100) / 100;
  return level | (voice << 3);
}
