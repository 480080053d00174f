import { bandIds, difference, hasBand, intersect, isEmpty, type BandSet } from '../bands/band-set.js';
import type { Carrier } from '../catalog/types.js';
import { withContainedBands } from '../bands/band-containment.js';
import { carrierProfile, type CarrierProfile, type DataLayer } from './carrier-profile.js';
import { compiledCarrier } from './compiled-carrier.js';
import { carrierAsOf, plannedOffs } from './as-of.js';
import { dataAge } from './data-age.js';
import { endingLoss } from './ending-loss.js';
import { reason, type ReasonParams } from './reason-messages.js';
import { hasTech } from './tech-masks.js';
import type { PhoneProfile, Reason, TechVerdict, Verdict } from './types.js';
import { judgeKernel, LEVEL_CODES } from './verdict-kernel.js';
import { callsVerdict } from './calls.js';
import { phoneCode } from './phone-code.js';
import { phoneOnCarrier, saReasons } from './nr-modes.js';
import { overlapReason } from './overlap-reason.js';

const scoreOut = new Float64Array(1);

function dataVerdict(layer: DataLayer, phone: BandSet, role: 'data' | '5g'): TechVerdict {
  const bands = layer.bands.map((b) => ({ ...b, supported: hasBand(phone, b.sameBlockAs ?? b.band) }));
  const own = bands.filter((b) => !b.sameBlockAs);
  return {
    tech: layer.tech,
    state: 'active',
    role,
    bands,
    supported: own.filter((b) => b.supported).map((b) => b.band),
    missing: own.filter((b) => !b.supported).map((b) => b.band),
  };
}

/** The data layer the level rests on: LTE where the carrier runs it, else 5G. */
export function dataLayerOf(profile: CarrierProfile): DataLayer | undefined {
  const core = (layer: DataLayer) => layer.bands.some((b) => b.role !== 'supplemental');
  return core(profile.lte) ? profile.lte : core(profile.nr) ? profile.nr : undefined;
}

/**
 * Judges one phone variant on one carrier: band by band, weighted by what each band does,
 * with switched-off technologies counting for nothing and voice checked separately. Level,
 * score and voice come from the kernel (`verdict-kernel.ts`); this adds the band tables and
 * the reasons. The rules are documented in docs/verdicts.md.
 *
 * @example
 * const verdict = checkCompatibility({ bands: bandSetOf(['B3', 'B5', 'B40']) }, jio);
 * verdict.level; // 'full'
 */
export function checkCompatibility(listed: PhoneProfile, listedCarrier: Carrier, asOf?: string): Verdict {
  // On `asOf`, an `ending` 2G/3G whose date has passed counts as off (docs/verdicts.md).
  const carrier = asOf ? carrierAsOf(listedCarrier, asOf) : listedCarrier;
  const planned = plannedOffs(carrier);
  // A wider band covers a narrower one the carrier advertises under both (B66 ⊇ B4, B12 ⊇ B17).
  const widened = { ...listed, bands: withContainedBands(listed.bands) };
  // On a standalone-only 5G network a phone without 5G SA keeps no 5G (docs/verdicts.md, "5G as deployed").
  const onCarrier = phoneOnCarrier(widened, carrier);
  const phone = onCarrier.phone;
  const params: ReasonParams = { carrier: carrier.name };
  const code = judgeKernel(phone.bands, 0, !isEmpty(phone.bands), phoneCode(phone), compiledCarrier(carrier), scoreOut);
  const level = LEVEL_CODES[code & 7]!;
  if (level === 'unknown') {
    const why = isEmpty(phone.bands) ? 'UNKNOWN_PHONE_BANDS' : 'UNKNOWN_CARRIER_BANDS';
    return { level, score: null, calls: 'unconfirmed', voice: 'unknown', technologies: [], reasons: [reason(why, [], params)] };
  }
  const profile = carrierProfile(carrier);
  let reasons: Reason[] = [];
  const technologies: TechVerdict[] = [];
  const dataLayer = dataLayerOf(profile);

  if (dataLayer) {
    technologies.push(dataVerdict(dataLayer, phone.bands, 'data'));
    for (const band of bandIds(difference(dataLayer.coverage, phone.bands))) {
      // A coverage band from one source, or taken by rule, says so (docs/verdicts.md, "Coverage layers").
      const entry = dataLayer.bands.find((b) => b.band === band);
      const basis = entry?.from ?? (entry?.confidence === 's' ? 'single-source' : undefined);
      reasons.push(reason('MISSING_COVERAGE_BAND', [band], basis ? { ...params, basis } : params));
    }
    const missingCapacity = bandIds(difference(dataLayer.capacity, phone.bands));
    if (missingCapacity.length) reasons.push(reason('MISSING_CAPACITY_BANDS', missingCapacity, params));
    const missingSupplemental = bandIds(difference(dataLayer.supplemental, phone.bands));
    if (missingSupplemental.length) reasons.push(reason('MISSING_SUPPLEMENTAL_BANDS', missingSupplemental, params));
  }

  // 5G on top of LTE adds speed; it never decides the level (every such carrier also runs LTE).
  if (dataLayer === profile.lte && profile.nr.bands.length > 0) {
    technologies.push(dataVerdict(profile.nr, phone.bands, '5g'));
    if (!hasTech(phone.bands, 'NR')) reasons.push(reason('NO_5G', [], params));
    else if (isEmpty(intersect(phone.bands, profile.nr.all))) reasons.push(reason('NO_5G_OVERLAP', [], params));
    else {
      const missing = bandIds(difference(profile.nr.all, phone.bands));
      if (missing.length) reasons.push(reason('MISSING_5G_BANDS', missing, params));
    }
  }

  // Calls are the second dimension: said apart from the level, never against it (calls.ts).
  const { calls, voice, reasons: callReasons } = callsVerdict(code >>> 3, phone, carrier, dataLayer === profile.nr, params);
  // 2G/3G: usable only while switched on; an ending one says what the phone loses with it.
  const onData = dataLayer !== undefined && technologies[0]!.bands.some((b) => b.supported && b.role !== 'supplemental');
  const shared = profile.legacy
    .filter((l) => l.usable && !isEmpty(intersect(phone.bands, l.set)))
    .map((l) => ({ tech: l.tech, ending: l.status.state === 'ending' }));
  let legacyOnly: TechVerdict | undefined;
  for (const layer of profile.legacy) {
    const supported = bandIds(intersect(phone.bands, layer.set));
    const status = layer.status;
    const verdict: TechVerdict = {
      tech: layer.tech,
      state: status.state,
      ...(status.date ? { date: status.date } : {}),
      role: 'legacy',
      bands: layer.bands.map((band) => ({ band, role: 'legacy' as const, supported: supported.includes(band) })),
      supported,
      missing: layer.bands.filter((band) => !supported.includes(band)),
    };
    technologies.push(verdict);
    const dated = { ...params, tech: layer.tech, ...(status.date ? { date: status.date } : {}) };
    if (status.state === 'off') {
      const byDate = planned.some((p) => p.tech === layer.tech);
      if (hasTech(phone.bands, layer.tech)) reasons.push(reason(byDate ? 'TECH_OFF_PLANNED' : 'TECH_OFF', supported, dated));
    } else if (layer.usable && supported.length) {
      if (status.state === 'ending') reasons.push(reason('TECH_ENDING', supported, { ...dated, loses: endingLoss(layer.tech, onData, calls, shared) }));
      legacyOnly ??= verdict;
    }
  }
  if (level !== 'none' && !onData && legacyOnly) {
    reasons.unshift(reason('LEGACY_ONLY', legacyOnly.supported, { ...params, tech: legacyOnly.tech }));
  }
  reasons = saReasons(reasons, onCarrier, widened, carrier, params);
  if (level === 'none') reasons.unshift(overlapReason(phone.bands, profile, params));
  else if (calls === 'none') reasons.unshift(...callReasons);
  else reasons.push(...callReasons);
  const age = asOf ? dataAge(carrier, asOf) : undefined;
  if (age?.stale) reasons.push(reason('DATA_STALE', [], { ...params, checked: age.checked, months: age.months, asOf: asOf! }));
  return { level, score: scoreOut[0]!, calls, voice, technologies, reasons };
}
