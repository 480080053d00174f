import { emptyBandSet, isEmpty, type BandSet } from '../bands/band-set.js';
import type { Carrier } from '../catalog/types.js';
import { containedInto, widerThan } from '../bands/band-containment.js';
import { carrierProfile, type CarrierProfile, type DataLayer } from './carrier-profile.js';
import { compiledCarrier } from './compiled-carrier.js';
import { carrierAsOf } from './as-of.js';
import type { Calls, PhoneProfile } from './types.js';
import { isSaOnly, judgeKernel, LEVEL_CODES, PHONE_NSA_ONLY, type CompiledCarrier, type PhoneCode } from './verdict-kernel.js';
import { callsOf, phoneFreeCalls, voiceWords } from './calls.js';
import { nsaOnly } from './phone-code.js';
import { techMask } from './tech-masks.js';
import { JudgedVerdict, type PreparedCarrier } from './judged-verdict.js';

const scoreOut = new Float64Array(1);
/**
 * Every score a verdict can have, made once: `SCORES[k]` is k / 100, and `SCORES[NO_SCORE]` the
 * `null` of an unknown verdict. A verdict takes one of these rather than the kernel's raw
 * double, which V8 would box into a new number for each verdict; the `null` also keeps the
 * array's elements generic, so they stay stored as numbers.
 */
const SCORES: (number | null)[] = [...Array.from({ length: 101 }, (_, k) => k / 100), null];
const NO_SCORE = 101;
/** The phone's bands as the kernel sees them, rewritten for each pair (no allocation per pair). */
const scratch = emptyBandSet();
const NR = techMask('NR');

/** The data layer the level rests on: LTE where the carrier runs it, else 5G. */
export function dataLayerOf(profile: CarrierProfile): DataLayer | undefined {
  const core = (layer: DataLayer) => layer.bands.some((b) => b.role !== 'supplemental');
  return core(profile.lte) ? profile.lte : core(profile.nr) ? profile.nr : undefined;
}

/** What a verdict on a carrier needs of it, worked out once per carrier object (and date). */
interface Prepared extends PreparedCarrier {
  compiled: CompiledCarrier;
  /** No LTE: calls would go over 5G (VoNR). */
  nrOnly: boolean;
  /** 5G standalone only: a phone known to lack SA gets none of its 5G bands. */
  saOnly: boolean;
  /** The wider bands that contain one the kernel looks at: a phone with none is judged as listed. */
  wider: BandSet;
  /** Whether a phone's bands may need rewriting first: a wider band to follow, or 5G standalone only. */
  rewrites: boolean;
  /** The calls for each kernel voice code where they do not depend on the phone (`phoneFreeCalls`). */
  calls: (Calls | undefined)[];
}

const prepared = new WeakMap<Carrier, Prepared>();
// The carrier of the last call: a caller judging many phones on one carrier skips the WeakMap.
let lastCarrier: Carrier | undefined;
let lastPrepared: Prepared | undefined;

function bandSetOfIndexes(indexes: Int32Array): BandSet {
  const set = emptyBandSet();
  for (const i of indexes) set[i >>> 5]! |= 1 << (i & 31);
  return set;
}

/** Whether two sets share a band, without building their intersection. */
function meets(a: BandSet, b: BandSet): boolean {
  for (let w = 0; w < a.length; w++) if ((a[w]! & b[w]!) !== 0) return true;
  return false;
}

/**
 * The phone's bands as the kernel judges them on this carrier, in `scratch` where they change.
 * A wider band covers a narrower one the carrier advertises under both (B66 ⊇ B4, B12 ⊇ B17):
 * only the wider bands that contain one of the carrier's count, and most phones have none.
 * On a standalone-only 5G network a phone without 5G SA keeps no 5G (docs/verdicts.md, "5G as deployed").
 */
function rewritten(bands: BandSet, p: Prepared, blocked: boolean): BandSet {
  const seen = blocked || meets(bands, p.wider) ? containedInto(bands, scratch, p.wider) : bands;
  if (blocked) for (let w = 0; w < seen.length; w++) seen[w]! &= ~NR[w]!;
  return seen;
}

function prepare(carrier: Carrier): Prepared {
  if (carrier === lastCarrier) return lastPrepared!;
  const p = prepared.get(carrier) ?? prepareNew(carrier);
  lastCarrier = carrier;
  lastPrepared = p;
  return p;
}

function prepareNew(carrier: Carrier): Prepared {
  const profile = carrierProfile(carrier);
  const dataLayer = dataLayerOf(profile);
  const compiled = compiledCarrier(carrier);
  const wider = widerThan(bandSetOfIndexes(compiled.entries));
  const nrOnly = dataLayer === profile.nr;
  const saOnly = isSaOnly(carrier.nrModes);
  const p = { compiled, profile, dataLayer, nrOnly, saOnly, wider, rewrites: saOnly || !isEmpty(wider), calls: phoneFreeCalls(carrier, nrOnly) };
  prepared.set(carrier, p);
  return p;
}

/**
 * Judges one phone variant on one carrier: band by band, weighted by what each band does,
 * with switched-off technologies counting for nothing and voice checked separately. Level,
 * score and calls come from the kernel (`verdict-kernel.ts`) at once; the band tables and the
 * reasons (`explain-verdict.ts`) are built the first time `technologies` or `reasons` is read,
 * so a caller that only needs levels does not pay for words (`judged-verdict.ts`: a spread
 * copies the four plain fields, `toJSON()` all six). The rules are documented in docs/verdicts.md.
 *
 * @example
 * const verdict = checkCompatibility({ bands: bandSetOf(['B3', 'B5', 'B40']) }, jio);
 * verdict.level; // 'full'
 */
export function checkCompatibility(listed: PhoneProfile, listedCarrier: Carrier, asOf?: string): JudgedVerdict {
  // On `asOf`, an `ending` 2G/3G whose date has passed counts as off (docs/verdicts.md).
  const carrier = asOf ? carrierAsOf(listedCarrier, asOf) : listedCarrier;
  const p = prepare(carrier);
  // Each property of the phone is read once: profiles come in many shapes, so a read is a lookup.
  const volte = listed.volte;
  let phone: PhoneCode = volte === undefined ? 2 : volte ? 1 : 0;
  let seen = listed.bands;
  if (p.rewrites) {
    // The kernel reads the phone's 5G modes only on a standalone-only network: phoneCode's
    // NSA bit is worked out here only where it counts.
    const blocked = p.saOnly && nsaOnly(listed.nrModes);
    if (blocked) phone |= PHONE_NSA_ONLY;
    seen = rewritten(seen, p, blocked);
  }
  let code = judgeKernel(seen, 0, true, phone, p.compiled, scoreOut);
  // Judged as non-empty first: a phone with no band at all is found among those with no hit.
  if ((code & 7) === 1 && isEmpty(seen)) code = 0;
  const level = LEVEL_CODES[code & 7]!;
  const known = level !== 'unknown';
  const calls = known ? (p.calls[code >>> 3] ?? callsOf(code >>> 3, listed, carrier, p.nrOnly)) : 'unconfirmed';
  // One construction site, so V8 inlines it for every verdict, unknown ones included.
  // The kernel's score is k / 100 (rounded to hundredths, 0 to 1): SCORES[k] is that same number.
  const score = SCORES[known ? Math.round(scoreOut[0]! * 100) : NO_SCORE] as number | null;
  return new JudgedVerdict(listed, p, asOf, code, level, score, calls, known ? voiceWords(calls) : 'unknown');
}
