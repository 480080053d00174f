import { addBand, hasBand, type BandSet } from './band-set.js';
import { BANDS, findBand } from './registry.js';

/**
 * Bands whose ranges contain another band's, where carriers advertise the wider band too
 * (multi-band indicator, 3GPP TS 36.331 `multiBandInfoList`, TS 38.331 `multiFrequencyBandListNR`),
 * so a phone with the wider band camps on cells of the narrower one. Ranges from TS 36.101
 * table 5.5-1 and TS 38.101-1 table 5.2-1; the containment is checked against the registry
 * by a test. Kept to the pairs in common use: a phone with B66 works on AT&T's and T-Mobile's
 * B4 cells, with B12 on AT&T's B17, with B25 on B2, with B26 on B5, with B41 on B38, with n77
 * on n78, with n25 on n2.
 */
export const SUPERSETS: Readonly<Record<string, readonly string[]>> = {
  B12: ['B17'],
  B25: ['B2'],
  B26: ['B5'],
  B41: ['B38'],
  B66: ['B4'],
  n25: ['n2'],
  n41: ['n38'],
  n77: ['n78'],
};

const SUBSET_PAIRS: [number, string][] = [];
BANDS.forEach((band, index) => {
  for (const narrower of SUPERSETS[band.id] ?? []) if (findBand(narrower)) SUBSET_PAIRS.push([index, narrower]);
});

/** The phone's bands plus the narrower bands its wider bands cover; the input is not changed. */
export function withSubsetBands(bands: BandSet): BandSet {
  let out: BandSet | undefined;
  for (const [index, narrower] of SUBSET_PAIRS) {
    if ((bands[index >>> 5]! & (1 << (index & 31))) === 0 || hasBand(bands, narrower)) continue;
    out ??= Uint32Array.from(bands);
    addBand(out, narrower);
  }
  return out ?? bands;
}
