import { fillCoverageLayer } from './fill-coverage-layer.js';
import { bandsFromMccMncList, bandsOr, fromMccMncList, knownOr, UNKNOWN } from './known-or-derived.js';
import { roamingRadio, withNationalRoaming } from './national-roaming.js';
import type { Carrier, CuratedCarrier, TechStatus } from './types.js';
import { compareCodes } from './compare-names.js';

/**
 * A carrier record laid over the carriers below it: a curated record (`data/carriers`, every
 * field it leaves out is unknown) or an imported overlay (`bandfit import carriers`, every field
 * it leaves out keeps the value below).
 */
export type CarrierLayerRecord = Partial<CuratedCarrier> & { id: string; country: string };

export interface MergeOptions {
  /**
   * `complete`: the records are curated ones, the whole truth about their network (the build).
   * `partial`: the records are overlays, each field given replaces the one below (the store).
   */
  records: 'complete' | 'partial';
}

/**
 * The one merge of carrier facts, used by the catalog build (curated records over the networks
 * derived from `mcc-mnc-list`) and by every snapshot (imported overlays over the compiled
 * catalog): the record beats the carrier below it field by field; names, codes and sources of
 * both are kept; the coverage layer is filled where the record names none (`fillCoverageLayer`);
 * an MVNO takes its host's radio facts as they are after the merge, so it sees what was laid
 * over its host too. Carriers no record touches are kept as they are. Pure; sorted by id (code units).
 *
 * @example
 * mergeCarriers(compiled.carriers, overlays, { records: 'partial' });
 */
export function mergeCarriers(below: readonly Carrier[], records: readonly CarrierLayerRecord[], options: MergeOptions): Carrier[] {
  const partial = options.records === 'partial';
  const belowById = new Map(below.map((carrier) => [carrier.id, carrier]));
  const out = new Map(below.map((carrier) => [carrier.id, carrier]));
  const mvnoRecords = records.filter((r) => !partial && r.kind === 'mvno');
  const roaming = records.filter((r) => !partial && r.nationalRoaming);
  for (const record of records.filter((r) => !mvnoRecords.includes(r) && !roaming.includes(r))) {
    out.set(record.id, mergeCarrier(record, belowById.get(record.id), partial));
  }
  // A network whose customers roam onto a host is judged with the host's bands and 2G/3G.
  for (const record of roaming) {
    const host = out.get(record.nationalRoaming!.network)!;
    out.set(record.id, withNationalRoaming(mergeCarrier(record, belowById.get(record.id), partial, host), host));
  }
  for (const record of mvnoRecords) {
    out.set(record.id, asMvno(record, out.get(record.host!)!, belowById.get(record.id)));
  }
  if (partial) {
    // An MVNO of the compiled catalog whose host an overlay changed rides on the changed host.
    const touched = new Set(records.map((r) => r.id));
    for (const carrier of below) {
      if (carrier.kind !== 'mvno' || !carrier.host || touched.has(carrier.id) || !touched.has(carrier.host)) continue;
      out.set(carrier.id, asMvno(ownPart(carrier, belowById.get(carrier.host)), out.get(carrier.host)!, undefined));
    }
  }
  return [...out.values()].sort((a, b) => compareCodes(a.id, b.id));
}

/**
 * One record over the carrier below it (`twin`). Where the record knows nothing (a status left
 * out or `unknown`, a band list left out), the twin's fact stands (`known-or-derived.ts`): in
 * `complete` mode the derived twin's, marked `from: 'mcc-mnc-list'`; in `partial` mode the
 * compiled carrier's as it is, and so are its other fields the overlay leaves out.
 */
function mergeCarrier(record: CarrierLayerRecord, twin: Carrier | undefined, partial: boolean, roamsOn?: Carrier): Carrier {
  const kept = partial ? twin : undefined;
  const below = partial ? twin : twin && markedDerived(twin);
  const name = record.name ?? kept?.name ?? record.id;
  const own = { lte: bandsOr(record.lte, below?.lte ?? []), nr: bandsOr(record.nr, below?.nr ?? []) };
  const radio = roamsOn ? roamingRadio(own, roamsOn) : own;
  // A record's bands get a coverage layer as the build gives one; the twin's bands count as
  // another source only when they are derived ones (mcc-mnc-list band text).
  const filled = !partial || record.lte || record.nr ? fillCoverageLayer(radio, !partial || twin?.origin === 'derived' ? twin : undefined) : radio;
  const umts = knownOr(record.umts, below?.umts);
  return {
    id: record.id,
    country: record.country,
    name,
    aliases: unique([...(record.aliases ?? []), ...(twin ? [twin.name, ...twin.aliases] : [])]).filter((n) => n !== name),
    mccmnc: unique([...(record.mccmnc ?? []), ...(twin?.mccmnc ?? [])]).sort(),
    territories: unique([...(record.territories ?? []), ...(twin?.territories ?? [])]).filter((c) => c !== record.country).sort(),
    kind: partial ? (record.kind ?? twin?.kind ?? 'mno') : 'mno',
    ...defined('host', partial ? (record.host ?? twin?.host) : undefined),
    origin: kept?.origin ?? 'curated',
    ...filled,
    gsm: knownOr(record.gsm, below?.gsm),
    umts,
    tdscdma: !partial || record.umts ? tdscdmaOf(umts, below?.tdscdma ?? UNKNOWN) : (below?.tdscdma ?? UNKNOWN),
    cdma: knownOr(record.cdma, below?.cdma),
    ...defined('nrSa', record.nrSa ?? kept?.nrSa),
    ...defined('nrModes', record.nrModes ?? kept?.nrModes),
    ...defined('volteRequired', record.volteRequired ?? kept?.volteRequired),
    ...defined('certifiedDevicesOnly', record.certifiedDevicesOnly ?? kept?.certifiedDevicesOnly),
    ...defined('nationalRoaming', record.nationalRoaming ?? kept?.nationalRoaming),
    // The build cites the curated record first; an overlay's rows come after the catalog's own.
    sources: partial ? [...(twin?.sources ?? []), ...(record.sources ?? [])] : [...(record.sources ?? []), ...(twin?.sources ?? [])],
    ...defined('checked', record.checked ?? kept?.checked),
    ...defined('notes', record.notes ?? kept?.notes),
    ...defined('unread', kept?.unread),
  };
}

/** A derived twin's radio facts, each marked as coming from its `mcc-mnc-list` entry. */
const markedDerived = (twin: Carrier): Pick<Carrier, 'lte' | 'nr' | 'gsm' | 'umts' | 'tdscdma' | 'cdma'> => ({
  lte: bandsFromMccMncList(twin.lte), nr: bandsFromMccMncList(twin.nr),
  gsm: fromMccMncList(twin.gsm), umts: fromMccMncList(twin.umts), tdscdma: fromMccMncList(twin.tdscdma), cdma: fromMccMncList(twin.cdma),
});

/**
 * Curated records carry no TD-SCDMA field: the twin's status stands in, except where the record
 * says its 3G is off or absent; the record beats the twin, so TD-SCDMA is off or absent too.
 */
function tdscdmaOf(umts: TechStatus, below: TechStatus): TechStatus {
  if ((umts.state !== 'off' && umts.state !== 'none') || below.state === 'unknown') return below;
  return { ...umts, ...(below.bands?.length ? { bands: below.bands } : {}) };
}

/** An MVNO: its own names and codes, its host's radio facts (bands, switch-offs, voice). */
function asMvno(record: CarrierLayerRecord, host: Carrier, twin: Carrier | undefined): Carrier {
  const { notes: _hostNotes, unread: _hostUnread, checked: _hostChecked, ...radio } = host;
  const name = record.name ?? record.id;
  return {
    ...radio,
    id: record.id,
    country: record.country,
    name,
    aliases: unique([...(record.aliases ?? []), ...(twin ? [twin.name, ...twin.aliases] : [])]).filter((n) => n !== name),
    mccmnc: unique([...(record.mccmnc ?? []), ...(twin?.mccmnc ?? [])]).sort(),
    territories: unique(record.territories ?? []).filter((c) => c !== record.country).sort(),
    kind: 'mvno',
    host: host.id,
    origin: 'curated',
    sources: [...(record.sources ?? []), ...host.sources],
    ...defined('checked', record.checked),
    ...defined('notes', record.notes),
  };
}

/** A compiled MVNO's own part (what its curated record said), without the host facts it took. */
function ownPart(mvno: Carrier, host: Carrier | undefined): CarrierLayerRecord {
  const hostSources = new Set((host?.sources ?? []).map((s) => JSON.stringify(s)));
  return { ...mvno, sources: mvno.sources.filter((s) => !hostSources.has(JSON.stringify(s))) };
}

const defined = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

const unique = <T>(values: T[]): T[] => [...new Set(values)];
