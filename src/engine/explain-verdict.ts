import { bandIds, difference, intersect, isEmpty, type BandSet } from '../bands/band-set.js';
import { bandIndex } from '../bands/registry.js';
import type { Carrier } from '../catalog/types.js';
import type { CarrierProfile, DataLayer, LegacyLayer } from './carrier-profile.js';
import { plannedOffs } from './as-of.js';
import { dataAge } from './data-age.js';
import { endingLoss } from './ending-loss.js';
import { reason, type ReasonParams } from './reason-messages.js';
import { hasTech } from './tech-masks.js';
import type { BandCheck, Level, PhoneProfile, Reason, TechVerdict } from './types.js';
import { callsVerdict } from './calls.js';
import { saReasons, type PhoneOnCarrier } from './nr-modes.js';
import { overlapReason } from './overlap-reason.js';

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

/**
 * A layer's band rows made once per layer object (a carrier profile is made once per carrier):
 * each row frozen twice, supported and not, and the registry index each is met by. A verdict's
 * table is then a choice per row, not a new object per band: `{ ...row, supported }` for every
 * band of every verdict was about a sixth of a varied `check` answer's CPU time, answer's JSON
 * included (bench/README.md, apiLoad). Rows are shared between verdicts, hence frozen.
 */
interface LayerRows {
  yes: readonly BandCheck[];
  no: readonly BandCheck[];
  /** The registry index of the band that meets each row (`sameBlockAs`, else its own); -1 for none. */
  index: Int32Array;
}

const rowsOf = new WeakMap<object, LayerRows>();

/** A row as a layer lists it, before it says whether the phone has the band. */
type Row = Omit<BandCheck, 'supported'>;

function layerRows(layer: object, listed: () => readonly Row[], meets: (row: Row) => string): LayerRows {
  let kept = rowsOf.get(layer);
  if (kept === undefined) {
    const rows = listed();
    kept = {
      yes: rows.map((row) => Object.freeze({ ...row, supported: true })),
      no: rows.map((row) => Object.freeze({ ...row, supported: false })),
      index: Int32Array.from(rows, (row) => bandIndex(meets(row)) ?? -1),
    };
    rowsOf.set(layer, kept);
  }
  return kept;
}

const has = (set: BandSet, index: number): boolean => index >= 0 && (set[index >>> 5]! & (1 << (index & 31))) !== 0;

function dataVerdict(layer: DataLayer, phone: BandSet, role: 'data' | '5g'): TechVerdict {
  const rows = layerRows(layer, () => layer.bands, (b) => b.sameBlockAs ?? b.band);
  const bands: BandCheck[] = [];
  const supported: string[] = [];
  const missing: string[] = [];
  for (let i = 0; i < rows.index.length; i++) {
    const met = has(phone, rows.index[i]!);
    const row = (met ? rows.yes : rows.no)[i]!;
    bands.push(row);
    // A second number for a block is shown, not counted (docs/verdicts.md).
    if (!row.sameBlockAs) (met ? supported : missing).push(row.band);
  }
  return { tech: layer.tech, state: 'active', role, bands, supported, missing };
}

/** A 2G/3G layer's rows, once per layer object. */
function legacyRows(layer: LegacyLayer): LayerRows {
  return layerRows(layer, () => layer.bands.map((band) => ({ band, role: 'legacy' as const })), (b) => b.band);
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
  const planned = plannedOffs(carrier);
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
  const shared = profile.legacy
    .filter((l) => l.usable && !isEmpty(intersect(phone.bands, l.set)))
    .map((l) => ({ tech: l.tech, ending: l.status.state === 'ending' }));
  let legacyOnly: TechVerdict | undefined;
  for (const layer of profile.legacy) {
    const supported = bandIds(intersect(phone.bands, layer.set));
    const status = layer.status;
    const rows = legacyRows(layer);
    const bands: BandCheck[] = [];
    const missing: string[] = [];
    for (let i = 0; i < rows.index.length; i++) {
      const met = has(phone.bands, rows.index[i]!);
      bands.push((met ? rows.yes : rows.no)[i]!);
      if (!met) missing.push(layer.bands[i]!);
    }
    // Two literals, not a conditional spread: this runs for every legacy layer of every verdict explained.
    const verdict: TechVerdict = status.date
      ? { tech: layer.tech, state: status.state, date: status.date, role: 'legacy', bands, supported, missing }
      : { tech: layer.tech, state: status.state, role: 'legacy', bands, supported, missing };
    technologies.push(verdict);
    const dated: ReasonParams = { carrier: carrier.name, tech: layer.tech };
    if (status.date) dated.date = status.date;
    if (status.state === 'off') {
      const byDate = planned.some((p) => p.tech === layer.tech);
      if (hasTech(phone.bands, layer.tech)) reasons.push(reason(byDate ? 'TECH_OFF_PLANNED' : 'TECH_OFF', supported, dated));
    } else if (layer.usable && supported.length) {
      if (status.state === 'ending') reasons.push(reason('TECH_ENDING', supported, { ...dated, loses: endingLoss(layer.tech, onData, calls, shared) }));
      legacyOnly ??= verdict;
    }
  }
  if (level !== 'none' && !onData && legacyOnly) {
    reasons.unshift(reason('LEGACY_ONLY', legacyOnly.supported, { carrier: carrier.name, tech: legacyOnly.tech }));
  }
  reasons = saReasons(reasons, onCarrier, j.listed, carrier, params);
  if (level === 'none') reasons.unshift(overlapReason(phone.bands, profile, params));
  else if (calls === 'none') reasons.unshift(...callReasons);
  else reasons.push(...callReasons);
  const age = asOf ? dataAge(carrier, asOf) : undefined;
  if (age?.stale) reasons.push(reason('DATA_STALE', [], { carrier: carrier.name, checked: age.checked, months: age.months, asOf: asOf! }));
  return { technologies, reasons };
}
