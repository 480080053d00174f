import { bandIds, difference, intersect, isEmpty, type BandSet } from '../bands/band-set.js';
import type { Carrier } from '../catalog/types.js';
import type { CarrierProfile, DataLayer } from './carrier-profile.js';
import { plannedOffs } from './as-of.js';
import { dataAge } from './data-age.js';
import { endingLoss } from './ending-loss.js';
import { reason, type ReasonParams } from './reason-messages.js';
import { hasTech } from './tech-masks.js';
import type { Level, PhoneProfile, Reason, TechVerdict } from './types.js';
import { callsVerdict } from './calls.js';
import { saReasons, type PhoneOnCarrier } from './nr-modes.js';
import { overlapReason } from './overlap-reason.js';
import { dataVerdict, legacyVerdict } from './band-tables.js';

/** What `checkCompatibility` has decided when it is asked why: the inputs and the kernel's answer. */
export interface Judged {
  /** The phone as listed, with its contained bands added (`withContainedBands`). */
  listed: PhoneProfile;
  onCarrier: PhoneOnCarrier;
  /** The carrier as it stands on `asOf`. */
  carrier: Carrier;
  profile: CarrierProfile;
  dataLayer: DataLayer | undefined;
  asOf: string | undefined;
  /** The kernel's level/voice code. */
  code: number;
  level: Level;
}

/** The band tables and reasons of a verdict. */
export interface Explanation {
  technologies: TechVerdict[];
  reasons: Reason[];
}

/** A switch-off reason's parameters: the carrier, the technology and its date, if any. */
function datedParams(carrier: string, tech: string, date: string | undefined): ReasonParams {
  const params: ReasonParams = { carrier, tech };
  if (date) params.date = date;
  return params;
}

/**
 * The band tables and the reasons of a verdict the kernel has judged (docs/verdicts.md lists
 * every reason). `checkCompatibility` builds them only when they are read.
 */
export function explainVerdict(j: Judged): Explanation {
  const { carrier, profile, dataLayer, level, asOf, onCarrier } = j;
  const phone = onCarrier.phone;
  // Reasons' parameters are written out, not spread from `params`: a spread costs far more per verdict.
  const params: ReasonParams = { carrier: carrier.name };
  if (level === 'unknown') {
    const why = isEmpty(phone.bands) ? 'UNKNOWN_PHONE_BANDS' : 'UNKNOWN_CARRIER_BANDS';
    return { technologies: [], reasons: [reason(why, [], params)] };
  }
  let reasons: Reason[] = [];
  const technologies: TechVerdict[] = [];

  if (dataLayer) {
    technologies.push(dataVerdict(dataLayer, phone.bands, 'data'));
    for (const band of bandIds(difference(dataLayer.coverage, phone.bands))) {
      // A coverage band from one source, or taken by rule, says so (docs/verdicts.md, "Coverage layers").
      const entry = dataLayer.bands.find((b) => b.band === band);
      const basis = entry?.from ?? (entry?.confidence === 's' ? 'single-source' : undefined);
      reasons.push(reason('MISSING_COVERAGE_BAND', [band], basis ? { carrier: carrier.name, basis } : params));
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
  const { calls, reasons: callReasons } = callsVerdict(j.code >>> 3, phone, carrier, dataLayer === profile.nr, params);
  // 2G/3G: usable only while switched on; an ending one says what the phone loses with it.
  const onData = dataLayer !== undefined && technologies[0]!.bands.some((b) => b.supported && b.role !== 'supplemental');
  // What the phone shares with each running 2G/3G: asked only for an ending one.
  const shared = () =>
    profile.legacy.filter((l) => l.usable && !isEmpty(intersect(phone.bands, l.set))).map((l) => ({ tech: l.tech, ending: l.status.state === 'ending' }));
  let legacyOnly: TechVerdict | undefined;
  for (const layer of profile.legacy) {
    const verdict = legacyVerdict(layer, phone.bands);
    technologies.push(verdict);
    const status = layer.status;
    // Most layers give no reason: their parameters are made for the ones that do. The table
    // may be shared (band-tables.ts), so a reason gets its own list of bands.
    if (status.state === 'off') {
      if (!hasTech(phone.bands, layer.tech)) continue;
      const byDate = plannedOffs(carrier).some((p) => p.tech === layer.tech);
      reasons.push(reason(byDate ? 'TECH_OFF_PLANNED' : 'TECH_OFF', verdict.supported.slice(), datedParams(carrier.name, layer.tech, status.date)));
    } else if (layer.usable && verdict.supported.length) {
      if (status.state === 'ending') {
        const dated = datedParams(carrier.name, layer.tech, status.date);
        dated.loses = endingLoss(layer.tech, onData, calls, shared());
        reasons.push(reason('TECH_ENDING', verdict.supported.slice(), dated));
      }
      legacyOnly ??= verdict;
    }
  }
  if (level !== 'none' && !onData && legacyOnly) {
    reasons.unshift(reason('LEGACY_ONLY', legacyOnly.supported.slice(), { carrier: carrier.name, tech: legacyOnly.tech }));
  }
  reasons = saReasons(reasons, onCarrier, j.listed, carrier, params);
  if (level === 'none') reasons.unshift(overlapReason(phone.bands, profile, params));
  else if (calls === 'none') reasons.unshift(...callReasons);
  else reasons.push(...callReasons);
  const age = asOf ? dataAge(carrier, asOf) : undefined;
  if (age?.stale) reasons.push(reason('DATA_STALE', [], { carrier: carrier.name, checked: age.checked, months: age.months, asOf: asOf! }));
  return { technologies, reasons };
}
