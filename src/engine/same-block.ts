import { covers } from '../bands/band-containment.js';
import type { CarrierBand } from '../catalog/types.js';

/**
 * Coverage bands a carrier lists under two numbers for one block of spectrum: each wider
 * listed coverage band that contains another listed coverage band, mapped to the narrower one
 * (`jp-au`: B26 → B18). Low-band holdings are one block each, and the wider number is the
 * same cells advertised again for phones that only know it (TS 36.331 `multiBandInfoList`),
 * so the pair is one layer, met by any phone band that covers the narrower one: a Japan phone
 * with B18 and no B26 has au's 800 MHz layer. Capacity bands are left apart, because there
 * the wider number usually holds spectrum the narrower lacks (B66's AWS-3, au's n77 at 4 GHz).
 * docs/verdicts.md, "One model of spectrum".
 */
export function sameBlockLabels(bands: readonly CarrierBand[]): Map<string, string> {
  const coverage = bands.filter((b) => b.layer === 'coverage').map((b) => b.band);
  const labels = new Map<string, string>();
  for (const wide of coverage) {
    const inner = coverage.filter((narrow) => narrow !== wide && covers(wide, narrow) && !covers(narrow, wide));
    // Only when it labels exactly one listed block: B26 over both B18 and B19 stays a band of its own.
    if (inner.length === 1) labels.set(wide, inner[0]!);
  }
  return labels;
}
