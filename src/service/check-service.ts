import { bandSetOf } from '../bands/band-set.js';
import { parseDeviceBandText, type UnreadBandText } from '../bands/parse-device-bands.js';
import type { Carrier, Device, NrMode, Source, Variant } from '../catalog/types.js';
import { checkCompatibility } from '../engine/check-compatibility.js';
import { dataAge, type DataAge } from '../engine/data-age.js';
import { LEVEL_RANK } from '../engine/types.js';
import type { PhoneProfile, Verdict } from '../engine/types.js';
import { BandfitError } from '../errors.js';
import { chooseVariant } from './choose-variant.js';
import { compareCodes, nameKey } from '../catalog/compare-names.js';

/** A carrier as check results name it. */
export interface CarrierSummary {
  id: string;
  name: string;
  mccmnc: string[];
  kind: 'mno' | 'mvno';
  host?: string;
  /** The network its customers roam onto where it has no cells, whose bands and 2G/3G it is judged with. */
  roamsOn?: { id: string; name: string };
  origin: 'curated' | 'derived';
  sources: Source[];
}

export interface CarrierResult extends Verdict {
  carrier: CarrierSummary;
  /** Same as `level`, under the name the JSON output documents. */
  verdict: Verdict['level'];
  /** How old the carrier's record is on the day asked; `stale` when not checked in 12 months. */
  dataAge: DataAge;
}

export interface DeviceSummary {
  id: string;
  brand: string;
  name: string;
  /** `esim`: the variant has an eSIM (`true`) or none (`false`); absent when the catalog does not know. */
  variant: VariantSummary;
  otherVariants: VariantSummary[];
}

export interface VariantSummary {
  id: string;
  label: string;
  models: string[];
  esim?: boolean;
}

/** The phone to judge: a catalog variant, or bands pasted from a spec sheet. */
export interface PhoneInput {
  device?: Device;
  variant?: string;
  bandText?: string;
}

export interface ResolvedPhone {
  device: DeviceSummary | null;
  bands: string[];
  volte?: boolean;
  nrModes?: NrMode[];
  /** Network ids whose device lists name this variant. */
  certifiedBy?: string[];
  unread: UnreadBandText[];
}

const variantSummary = (v: Variant): VariantSummary => Object.freeze({ id: v.id, label: v.label, models: v.models ?? [], ...(v.esim === undefined ? {} : { esim: v.esim }) });

/**
 * Summaries are made once per catalog object and frozen: a snapshot never changes, so every
 * answer naming the device or carrier shares one, and the HTTP layer writes its JSON once
 * (src/server/check-answer-json.ts).
 */
const deviceSummaries = new WeakMap<Device, Map<Variant, DeviceSummary>>();
const carrierSummaries = new WeakMap<Carrier, CarrierSummary>();

function summarizeDevice(device: Device, variant: Variant): DeviceSummary {
  let byVariant = deviceSummaries.get(device);
  if (!byVariant) deviceSummaries.set(device, (byVariant = new Map()));
  let summary = byVariant.get(variant);
  if (!summary) {
    const others = Object.freeze(device.variants.filter((v) => v !== variant).map(variantSummary)) as VariantSummary[];
    summary = Object.freeze({ id: device.id, brand: device.brand, name: device.name, variant: variantSummary(variant), otherVariants: others });
    byVariant.set(variant, summary);
  }
  return summary;
}

/** Turns a device (and variant choice) or pasted band text into the bands to judge. */
export function resolvePhone(input: PhoneInput, country?: string): ResolvedPhone {
  if (input.device) {
    const variant = chooseVariant(input.device, country, input.variant);
    // Fields set one by one, not conditional spreads: this runs for every check asked.
    const phone: ResolvedPhone = { device: summarizeDevice(input.device, variant), bands: variant.bands, unread: [] };
    if (variant.volte !== undefined) phone.volte = variant.volte;
    if (variant.nrModes) phone.nrModes = variant.nrModes;
    if (variant.certifiedBy) phone.certifiedBy = variant.certifiedBy.map((c) => c.carrier);
    return phone;
  }
  if (input.bandText === undefined) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-device-or-bands' });
  const parsed = parseDeviceBandText(input.bandText);
  const chosen = input.variant
    ? parsed.variants.find((v) => (v.label ?? '').toLowerCase() === input.variant!.toLowerCase())
    : parsed.variants[0];
  if (!chosen) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'unknown-pasted-variant', parameter: 'variant', variant: input.variant! }, {
      suggestions: parsed.variants.map((v) => v.label ?? '(unlabelled)'),
    });
  }
  return { device: null, bands: chosen.bands, unread: parsed.unread };
}

export function summarizeCarrier(carrier: Carrier): CarrierSummary {
  let summary = carrierSummaries.get(carrier);
  if (!summary) {
    summary = Object.freeze({
      id: carrier.id,
      name: carrier.name,
      mccmnc: carrier.mccmnc,
      kind: carrier.kind,
      ...(carrier.host ? { host: carrier.host } : {}),
      ...(carrier.nationalRoaming ? { roamsOn: { id: carrier.nationalRoaming.network, name: carrier.nationalRoaming.name ?? carrier.nationalRoaming.network } } : {}),
      origin: carrier.origin,
      sources: carrier.sources,
    });
    carrierSummaries.set(carrier, summary);
  }
  return summary;
}

/**
 * Judges a phone on each carrier as it stands on `asOf`; best verdict first, then curated
 * before derived, then name.
 */
export function checkCarriers(phone: ResolvedPhone, carriers: Carrier[], asOf: string): CarrierResult[] {
  // The four keys always, in the order of the engine's `variantProfile` (src/engine/best-verdict.ts):
  // one object shape on every path keeps the engine's reads of a profile monomorphic.
  const profile: PhoneProfile = { bands: bandSetOf(phone.bands), volte: phone.volte, nrModes: phone.nrModes, certifiedBy: phone.certifiedBy };
  const results = carriers
    .map((carrier) => {
      const v = checkCompatibility(profile, carrier, asOf);
      // The members of `v.toJSON()` written out: a spread of it was a second object per carrier.
      const result: CarrierResult = {
        carrier: summarizeCarrier(carrier),
        verdict: v.level,
        level: v.level,
        score: v.score,
        calls: v.calls,
        voice: v.voice,
        technologies: v.technologies,
        reasons: v.reasons,
        dataAge: dataAge(carrier, asOf),
      };
      return result;
    });
  return results.sort((a, b) => byStanding(a, b) || byName(a.carrier, b.carrier));
}

/** Each catalog carrier's collation key, made once (`compareNames` makes two per comparison; a US check of every carrier breaks about 120 ties). */
const nameKeys = new WeakMap<CarrierSummary, string>();
function keyOf(carrier: CarrierSummary): string {
  let key = nameKeys.get(carrier);
  if (key === undefined) nameKeys.set(carrier, (key = nameKey(carrier.name)));
  return key;
}
function byName(a: CarrierSummary, b: CarrierSummary): number {
  return a.name === b.name ? 0 : compareCodes(keyOf(a), keyOf(b)) || compareCodes(a.name, b.name);
}

/** Curated carriers first, then the better level, then the higher score. */
function byStanding(a: CarrierResult, b: CarrierResult): number {
  return Number(b.carrier.origin === 'curated') - Number(a.carrier.origin === 'curated') || LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (b.score ?? -1) - (a.score ?? -1);
}
