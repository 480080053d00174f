import { bandSetOf, isEmpty } from '../bands/band-set.js';
import { withContainedBands } from '../bands/band-containment.js';
import type { Carrier, Variant } from '../catalog/types.js';
import { compiledCarrier } from './compiled-carrier.js';
import { dataAge } from './data-age.js';
import { judgeKernel, LEVEL_CODES } from './verdict-kernel.js';
import { phoneCode } from './phone-code.js';
import { LEVEL_RANK, type Level, type PhoneProfile } from './types.js';

/** One carrier's verdict, compact: what lists and maps show. */
export interface CarrierVerdict {
  carrierId: string;
  carrier: string;
  level: Level;
  score: number | null;
  /** With a date: when the carrier's record was last checked (`null`: never, a derived record). */
  checked?: string | null;
  /** With a date: the record was not checked in the 12 months before it. */
  stale?: true;
}

export interface BestVerdict {
  level: Level;
  score: number | null;
  /** The carrier with the best verdict, if any carrier was judged. */
  carrierId?: string;
  carrier?: string;
  carriers: CarrierVerdict[];
}

/** Orders verdicts: better level first, then higher score. */
export function compareVerdicts(a: { level: Level; score: number | null }, b: { level: Level; score: number | null }): number {
  return LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (b.score ?? -1) - (a.score ?? -1);
}

/**
 * A variant as the engine judges it. Every profile has the same four keys (`undefined` where
 * not known), so the checker's reads of them see one object shape: with the keys left out,
 * the catalog's profiles come in six shapes and each read was a megamorphic lookup.
 */
export function variantProfile(variant: Variant): PhoneProfile {
  return {
    bands: bandSetOf(variant.bands),
    volte: variant.volte,
    nrModes: variant.nrModes ? variant.nrModes : undefined,
    certifiedBy: variant.certifiedBy ? variant.certifiedBy.map((c) => c.carrier) : undefined,
  };
}

const scoreOut = new Float64Array(1);

/**
 * Judges a phone on several carriers (MVNOs are left out: they share their host's verdict).
 * Only levels and scores are needed here, so it runs the kernel, not the explaining checker.
 * With `asOf`, each carrier is judged as it stands that day (docs/verdicts.md).
 */
export function bestVerdict(phone: PhoneProfile, carriers: readonly Carrier[], asOf?: string): BestVerdict {
  const bands = withContainedBands(phone.bands);
  const nonEmpty = !isEmpty(bands);
  const volte = phoneCode(phone);
  const list: CarrierVerdict[] = [];
  for (const carrier of carriers) {
    if (carrier.kind === 'mvno') continue;
    const code = judgeKernel(bands, 0, nonEmpty, volte, compiledCarrier(carrier, asOf), scoreOut);
    const level = LEVEL_CODES[code & 7]!;
    const age = asOf ? dataAge(carrier, asOf) : undefined;
    list.push({
      carrierId: carrier.id,
      carrier: carrier.name,
      level,
      score: level === 'unknown' ? null : scoreOut[0]!,
      ...(age ? { checked: age.checked, ...(age.stale ? { stale: true as const } : {}) } : {}),
    });
  }
  list.sort(compareVerdicts);
  const top = list[0];
  if (!top) return { level: 'unknown', score: null, carriers: [] };
  return { level: top.level, score: top.score, carrierId: top.carrierId, carrier: top.carrier, carriers: list };
}
