import type { BandSet } from './band-set.js';
import { BANDS, bandIndex } from './registry.js';
import type { BandInfo, MhzRange } from './types.js';

/**
 * One model of spectrum: band A covers band B when A's uplink and downlink ranges each contain
 * B's (same technology, same duplex mode), read from the registry (TS 36.101 table 5.5-1,
 * TS 38.101-1 table 5.2-1, TS 38.101-2 table 5.2-1). Carriers advertise their cells under
 * every band number that contains them (multi-band indicator, TS 36.331 `multiBandInfoList`,
 * TS 38.331 `multiFrequencyBandListNR`), so a phone with B26 camps on B18 and B5 cells, one
 * with B66 on B4 cells, one with n77 on n78 cells. Kept to LTE and NR, where that signalling
 * exists; 2G/3G bands are matched by number only.
 */
const MFBI_TECHS = new Set(['LTE', 'NR']);

const within = (outer: MhzRange | undefined, inner: MhzRange | undefined): boolean =>
  outer === undefined ? inner === undefined : inner !== undefined && outer[0] <= inner[0] && inner[1] <= outer[1];

/** Whether `outer`'s ranges contain `inner`'s (a band contains itself). */
export function rangesContain(outer: BandInfo, inner: BandInfo): boolean {
  return (
    outer.tech === inner.tech &&
    MFBI_TECHS.has(outer.tech) &&
    outer.duplex === inner.duplex &&
    within(outer.dl, inner.dl) &&
    within(outer.ul, inner.ul)
  );
}

/**
 * `CONTAINED[i]`: registry indexes of the other bands band `i` contains, in registry order.
 * Only bands of one technology and duplex mode can contain each other, so each band is tried
 * against its own group only (built at every start: the whole registry squared was 10 ms).
 */
const CONTAINED: readonly number[][] = (() => {
  const contained: number[][] = BANDS.map(() => []);
  const groups = new Map<string, number[]>();
  BANDS.forEach((band, i) => {
    if (!MFBI_TECHS.has(band.tech)) return;
    const key = `${band.tech} ${band.duplex}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const group of groups.values()) {
    for (const i of group) for (const j of group) if (i !== j && rangesContain(BANDS[i]!, BANDS[j]!)) contained[i]!.push(j);
  }
  return contained;
})();
const WORDS = Math.ceil(BANDS.length / 32);
/** The bands that contain another, as a `BandSet` mask. */
const WIDER_MASK = new Uint32Array(WORDS);
/** `CONTAINED_SETS[i * WORDS ..]`: the bands band `i` contains, as a `BandSet`. */
const CONTAINED_SETS = new Uint32Array(BANDS.length * WORDS);
CONTAINED.forEach((inner, i) => {
  if (inner.length > 0) WIDER_MASK[i >>> 5]! |= 1 << (i & 31);
  for (const j of inner) CONTAINED_SETS[i * WORDS + (j >>> 5)]! |= 1 << (j & 31);
});

/** The other bands whose ranges `id`'s contain (`B26` → B5, B6, B18, B19). */
export function containedBands(id: string): string[] {
  const index = bandIndex(id);
  return index === undefined ? [] : CONTAINED[index]!.map((j) => BANDS[j]!.id);
}

/** Whether band `outer` covers band `inner`: the same band, or one whose ranges contain it. */
export function covers(outer: string, inner: string): boolean {
  const i = bandIndex(outer);
  const j = bandIndex(inner);
  return i !== undefined && j !== undefined && (i === j || CONTAINED[i]!.includes(j));
}

/**
 * The phone's bands plus every band they cover, so a set test on a carrier's band finds a
 * phone whose wider band contains it. The input is not changed. Never the other way: a
 * B17-only phone does not get B12.
 */
export function withContainedBands(bands: BandSet): BandSet {
  const out = containedInto(bands, new Uint32Array(bands.length));
  for (let w = 0; w < out.length; w++) if (out[w] !== bands[w]) return out;
  return bands;
}

/** The bands that contain one of `bands` (other than itself): the ones that can widen a phone there. */
export function widerThan(bands: BandSet): BandSet {
  const out = new Uint32Array(WORDS);
  CONTAINED.forEach((inner, i) => {
    if (inner.some((j) => (bands[j >>> 5]! & (1 << (j & 31))) !== 0)) out[i >>> 5]! |= 1 << (i & 31);
  });
  return out;
}

/**
 * `withContainedBands` written into `out` (a set of the same size), which is returned: no
 * allocation, for judging many pairs (a new typed array costs more than the kernel). With
 * `wider` (a mask from `widerThan`), only those wider bands are followed.
 */
export function containedInto(bands: BandSet, out: BandSet, wider: BandSet = WIDER_MASK): BandSet {
  for (let w = 0; w < out.length; w++) out[w] = bands[w]!;
  for (let w = 0; w < WORDS; w++) {
    // Only the set bits of wider bands: most words of most phones have none or one.
    let word = bands[w]! & wider[w]!;
    while (word !== 0) {
      const bit = 31 - Math.clz32(word);
      word &= ~(1 << bit);
      const base = (w * 32 + bit) * WORDS;
      for (let k = 0; k < WORDS; k++) out[k]! |= CONTAINED_SETS[base + k]!;
    }
  }
  return out;
}
