import { BANDS, bandIndex } from './registry.js';

/**
 * A set of bands as a bitset over registry indexes: intersection, union and counting are a
 * few word operations, which is what lets the engine judge millions of device-carrier pairs
 * per second. A `BandSet` is a plain `Uint32Array`, so it can be stored in flat buffers.
 */
export type BandSet = Uint32Array;

export const BAND_SET_WORDS = Math.ceil(BANDS.length / 32);

export function emptyBandSet(): BandSet {
  return new Uint32Array(BAND_SET_WORDS);
}

/** Builds a set from band ids; ids the registry does not know are ignored (parsers report them). */
export function bandSetOf(ids: Iterable<string>): BandSet {
  const set = emptyBandSet();
  for (const id of ids) {
    const index = bandIndex(id);
    if (index !== undefined) set[index >>> 5]! |= 1 << (index & 31);
  }
  return set;
}

export function hasBand(set: BandSet, id: string): boolean {
  const index = bandIndex(id);
  return index !== undefined && (set[index >>> 5]! & (1 << (index & 31))) !== 0;
}

export function addBand(set: BandSet, id: string): void {
  const index = bandIndex(id);
  if (index !== undefined) set[index >>> 5]! |= 1 << (index & 31);
}

export function intersect(a: BandSet, b: BandSet): BandSet {
  const out = emptyBandSet();
  for (let i = 0; i < out.length; i++) out[i] = a[i]! & b[i]!;
  return out;
}

export function union(a: BandSet, b: BandSet): BandSet {
  const out = emptyBandSet();
  for (let i = 0; i < out.length; i++) out[i] = a[i]! | b[i]!;
  return out;
}

/** Bands of `a` that are not in `b`. */
export function difference(a: BandSet, b: BandSet): BandSet {
  const out = emptyBandSet();
  for (let i = 0; i < out.length; i++) out[i] = a[i]! & ~b[i]!;
  return out;
}

export function isEmpty(set: BandSet): boolean {
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) return false;
  return true;
}

export function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBands(set: BandSet): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) n += popcount32(set[i]!);
  return n;
}

/** The band ids in a set, in registry order. */
export function bandIds(set: BandSet): string[] {
  const ids: string[] = [];
  // Word by word, lowest set bit first (the same order): most sets hold a few bands of hundreds.
  for (let word = 0; word < set.length; word++) {
    let bits = set[word]!;
    while (bits !== 0) {
      const low = bits & -bits;
      ids.push(BANDS[word * 32 + 31 - Math.clz32(low)]!.id);
      bits ^= low;
    }
  }
  return ids;
}
