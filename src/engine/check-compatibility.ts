import { bandIds, difference, hasBand, intersect, isEmpty, union, type BandSet } from '../bands/band-set.js';
import type { Carrier } from '../catalog/types.js';
import { carrierProfile, type DataLayer } from './carrier-profile.js';
import { reason, type ReasonParams } from './reason-messages.js';
import { scoreVerdict } from './score-verdict.js';
import { hasTech } from './tech-masks.js';
import { LEVEL_RANK, type Level, type PhoneProfile, type Reason, type TechVerdict, type Verdict } from './types.js';

function dataVerdict(layer: DataLayer, phone: BandSet, role: 'data' | '5g'): TechVerdict {
  const bands = layer.bands.map((b) => ({ ...b, supported: hasBand(phone, b.band) }));
  return {
    tech: layer.tech,
    state: 'active',
    role,
    bands,
    supported: bands.filter((b) => b.supported).map((b) => b.band),
    missing: bands.filter((b) => !b.supported).map((b) => b.band),
  };
}

const worse = (a: Level, b: Level): Level => (LEVEL_RANK[a] <= LEVEL_RANK[b] ? a : b);

/**
 * Judges one phone variant on one carrier: band by band, weighted by what each band does,
 * with switched-off technologies counting for nothing and voice checked separately.
 * The rules are documented in docs/verdicts.md.
 *
 * @example
 * const verdict = checkCompatibility({ bands: bandSetOf(['B1', 'B3', 'B5']) }, jio);
 * verdict.level; // 'full'
 */
export function checkCompatibility(phone: PhoneProfile, carrier: Carrier): Verdict {
  const profile = carrierProfile(carrier);
  const params: ReasonParams = { carrier: carrier.name };
  if (isEmpty(phone.bands)) return unknownVerdict(reason('UNKNOWN_PHONE_BANDS', [], params));
  if (!profile.hasBands) return unknownVerdict(reason('UNKNOWN_CARRIER_BANDS', [], params));

  const reasons: Reason[] = [];
  const technologies: TechVerdict[] = [];
  const core = (layer: DataLayer) => union(layer.coverage, layer.capacity);
  const dataLayer = !isEmpty(core(profile.lte)) ? profile.lte : !isEmpty(core(profile.nr)) ? profile.nr : undefined;

  // 4G (or 5G where a carrier runs no LTE): the layer the level rests on.
  let level: Level = 'none';
  if (dataLayer) {
    technologies.push(dataVerdict(dataLayer, phone.bands, 'data'));
    const missingCoverage = bandIds(difference(dataLayer.coverage, phone.bands));
    const missingCapacity = bandIds(difference(dataLayer.capacity, phone.bands));
    for (const band of missingCoverage) reasons.push(reason('MISSING_COVERAGE_BAND', [band], params));
    if (missingCapacity.length) reasons.push(reason('MISSING_CAPACITY_BANDS', missingCapacity, params));
    if (!isEmpty(intersect(phone.bands, core(dataLayer)))) {
      level = missingCoverage.length ? 'limited' : missingCapacity.length ? 'partial' : 'full';
    }
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

  // 2G/3G: usable only while switched on; a circuit-switched voice path.
  let legacyVoice = false;
  let legacyData: TechVerdict | undefined;
  for (const layer of profile.legacy) {
    const supported = bandIds(intersect(phone.bands, layer.set));
    const status = layer.status;
    technologies.push({
      tech: layer.tech,
      state: status.state,
      ...(status.date ? { date: status.date } : {}),
      role: 'legacy',
      bands: layer.bands.map((band) => ({ band, role: 'legacy' as const, supported: supported.includes(band) })),
      supported,
      missing: layer.bands.filter((band) => !supported.includes(band)),
    });
    const pDated = { ...params, tech: layer.tech, ...(status.date ? { date: status.date } : {}) };
    if (status.state === 'off') {
      if (hasTech(phone.bands, layer.tech)) reasons.push(reason('TECH_OFF', supported, pDated));
      continue;
    }
    if (!layer.usable || supported.length === 0) continue;
    if (status.state === 'ending') reasons.push(reason('TECH_ENDING', supported, pDated));
    legacyVoice ||= carrier.volteRequired !== true;
    legacyData ??= technologies[technologies.length - 1];
  }
  if (level === 'none' && legacyData) {
    level = 'limited';
    reasons.unshift(reason('LEGACY_ONLY', legacyData.supported, { ...params, tech: legacyData.tech }));
  }

  // Voice: VoLTE on LTE, else a 2G/3G network that still runs.
  const onLte = !isEmpty(intersect(phone.bands, profile.lte.all));
  const volteUsable = onLte && phone.volte !== false;
  const voice: Verdict['voice'] =
    volteUsable && phone.volte === true ? 'volte' : legacyVoice ? 'circuit-switched' : volteUsable ? 'volte-unconfirmed' : 'none';
  if (level !== 'none' && voice === 'none') {
    level = worse(level, 'limited');
    reasons.unshift(reason('NO_VOICE', [], params));
  }
  if (voice === 'volte-unconfirmed') reasons.push(reason('VOLTE_NEEDED', [], params));

  if (level === 'none') reasons.unshift(reason('NO_OVERLAP', [], params));
  const score = scoreVerdict(phone.bands, profile, dataLayer, level, voice === 'none');
  return { level, score, voice, technologies, reasons };
}

function unknownVerdict(why: Reason): Verdict {
  return { level: 'unknown', score: null, voice: 'unknown', technologies: [], reasons: [why] };
}
