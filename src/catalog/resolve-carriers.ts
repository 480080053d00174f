import { findBand } from '../bands/registry.js';
import { BandfitError } from '../errors.js';
import { fillCoverageLayer } from './fill-coverage-layer.js';
import { bandsFromMccMncList, bandsOr, fromMccMncList, knownOr } from './known-or-derived.js';
import type { Carrier, CarrierBand, CuratedCarrier, TechStatus } from './types.js';

/** A curated record and the file it came from, so errors can name both. */
export interface CuratedInput {
  record: CuratedCarrier;
  file?: string;
}

const UNKNOWN: TechStatus = { state: 'unknown' };

/**
 * The carriers the engine sees: each curated record wins over the derived one for the same
 * network (same id), keeping the MCC-MNC codes of both; curated MVNOs take their host's bands
 * and switch-offs; derived networks with no curated counterpart are kept as they are.
 * Throws `E_CORRUPT_DATA` naming the file and record when a curated record is invalid.
 *
 * @example
 * resolveCarriers(curated, deriveCarriers(rows, { asOf: '2026-11-23' }));
 */
export function resolveCarriers(curated: readonly (CuratedCarrier | CuratedInput)[], derived: readonly Carrier[]): Carrier[] {
  const inputs = curated.map((item) => ('record' in item ? item : { record: item }));
  validate(inputs, new Set(derived.filter((c) => c.kind === 'mno').map((c) => c.id)));
  const derivedById = new Map(derived.map((carrier) => [carrier.id, carrier]));
  const curatedIds = new Set(inputs.map(({ record }) => record.id));
  const out = new Map<string, Carrier>();
  for (const { record } of inputs.filter(({ record }) => record.kind === 'mno')) {
    out.set(record.id, fromCurated(record, derivedById.get(record.id)));
  }
  for (const { record } of inputs.filter(({ record }) => record.kind === 'mvno')) {
    const host = out.get(record.host!) ?? derivedById.get(record.host!);
    out.set(record.id, asMvno(record, host!, derivedById.get(record.id)));
  }
  for (const carrier of derived) if (!curatedIds.has(carrier.id)) out.set(carrier.id, carrier);
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function fromCurated(record: CuratedCarrier, twin: Carrier | undefined): Carrier {
  const umts = knownOr(record.umts, derivedTech(twin, 'umts'));
  return {
    id: record.id,
    country: record.country,
    name: record.name,
    aliases: unique([...(record.aliases ?? []), ...(twin ? [twin.name, ...twin.aliases] : [])]).filter((n) => n !== record.name),
    mccmnc: unique([...(record.mccmnc ?? []), ...(twin?.mccmnc ?? [])]).sort(),
    territories: unique([...(record.territories ?? []), ...(twin?.territories ?? [])]).filter((c) => c !== record.country).sort(),
    kind: 'mno',
    origin: 'curated',
    // A list or status the record leaves out (or `unknown`) keeps what its mcc-mnc-list entry
    // knows, marked so; then a record that names no coverage band gets one, from that entry or by rule.
    ...fillCoverageLayer(radioOf(record, twin), twin),
    gsm: knownOr(record.gsm, derivedTech(twin, 'gsm')),
    umts,
    tdscdma: tdscdmaOf(umts, twin),
    cdma: knownOr(record.cdma, derivedTech(twin, 'cdma')),
    ...(record.nrSa !== undefined ? { nrSa: record.nrSa } : {}),
    ...(record.nrModes ? { nrModes: record.nrModes } : {}),
    ...(record.volteRequired !== undefined ? { volteRequired: record.volteRequired } : {}),
    ...(record.certifiedDevicesOnly ? { certifiedDevicesOnly: record.certifiedDevicesOnly } : {}),
    sources: [...record.sources, ...(twin?.sources ?? [])],
    checked: record.checked,
    ...(record.notes ? { notes: record.notes } : {}),
  };
}

const derivedTech = (twin: Carrier | undefined, tech: 'gsm' | 'umts' | 'tdscdma' | 'cdma'): TechStatus =>
  fromMccMncList(twin?.[tech] ?? UNKNOWN);

const radioOf = (record: CuratedCarrier, twin: Carrier | undefined): Pick<CuratedCarrier, 'lte' | 'nr'> => ({
  lte: bandsOr(record.lte, bandsFromMccMncList(twin?.lte ?? [])),
  nr: bandsOr(record.nr, bandsFromMccMncList(twin?.nr ?? [])),
});

/**
 * Curated records carry no TD-SCDMA field: the derived status (from band text) stands in, except
 * where the curated record says its 3G is off or absent; curated beats derived, so TD-SCDMA is too.
 */
function tdscdmaOf(umts: TechStatus, twin: Carrier | undefined): TechStatus {
  const derived = derivedTech(twin, 'tdscdma');
  if ((umts.state !== 'off' && umts.state !== 'none') || derived.state === 'unknown') return derived;
  return { ...umts, ...(derived.bands?.length ? { bands: derived.bands } : {}) };
}

/** An MVNO: its own names and codes, its host's radio facts. */
function asMvno(record: CuratedCarrier, host: Carrier, twin: Carrier | undefined): Carrier {
  const { notes: _hostNotes, unread: _hostUnread, checked: _hostChecked, ...radio } = host;
  return {
    ...radio,
    id: record.id,
    country: record.country,
    name: record.name,
    aliases: unique([...(record.aliases ?? []), ...(twin ? [twin.name, ...twin.aliases] : [])]).filter((n) => n !== record.name),
    mccmnc: unique([...(record.mccmnc ?? []), ...(twin?.mccmnc ?? [])]).sort(),
    territories: unique(record.territories ?? []).filter((c) => c !== record.country).sort(),
    kind: 'mvno',
    host: host.id,
    origin: 'curated',
    sources: [...record.sources, ...host.sources],
    checked: record.checked,
    ...(record.notes ? { notes: record.notes } : {}),
  };
}

function validate(inputs: { record: CuratedCarrier; file?: string }[], derivedHosts: ReadonlySet<string>): void {
  const ids = new Map<string, CuratedCarrier>();
  for (const { record, file } of inputs) {
    const where = `${file ?? 'curated data'}: ${record?.id ?? '(no id)'}`;
    const fail = (problem: string, path: (string | number)[] = []): never => {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'invalid-carrier', where, reason: problem }, { path: [file ?? '', record?.id ?? '', ...path], file });
    };
    if (!record || typeof record.id !== 'string' || !/^[a-z]{2}-[a-z0-9-]+$/.test(record.id)) fail('id must be "<cc>-<slug>"', ['id']);
    if (ids.has(record.id)) fail('id is used twice', ['id']);
    ids.set(record.id, record);
    if (record.id.slice(0, 2) !== record.country?.toLowerCase()) fail(`id does not start with country ${record.country}`, ['country']);
    if (record.kind !== 'mno' && record.kind !== 'mvno') fail(`kind must be "mno" or "mvno"`, ['kind']);
    if (!Array.isArray(record.sources) || record.sources.length === 0) fail('no sources', ['sources']);
    for (const field of ['lte', 'nr'] as const) {
      (record[field] ?? []).forEach((item: CarrierBand, index) => {
        const band = findBand(item.band);
        const tech = field === 'lte' ? 'LTE' : 'NR';
        if (!band || band.tech !== tech) fail(`${field}[${index}] band "${item.band}" is not a ${tech} band of the registry`, [field, index]);
        if (item.layer !== 'coverage' && item.layer !== 'capacity') fail(`${field}[${index}] layer "${item.layer}"`, [field, index]);
      });
    }
    for (const field of ['gsm', 'umts', 'cdma'] as const) {
      (record[field]?.bands ?? []).forEach((id, index) => {
        if (!findBand(id)) fail(`${field}.bands[${index}] "${id}" is not in the band registry`, [field, 'bands', index]);
      });
    }
  }
  for (const { record, file } of inputs) {
    if (record.kind !== 'mvno') continue;
    const host = record.host ? ids.get(record.host) : undefined;
    const ok = host ? host.kind === 'mno' : !!record.host && derivedHosts.has(record.host);
    if (!ok) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'host-not-curated', file: file ?? 'curated data', id: record.id, host: record.host ?? '' }, {
        path: [file ?? '', record.id, 'host'], file,
      });
    }
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

