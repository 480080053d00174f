import { findBand } from '../bands/registry.js';
import { BandfitError } from '../errors.js';
import { mergeCarriers } from './merge-carriers.js';
import type { Carrier, CarrierBand, CuratedCarrier } from './types.js';

/** A curated record and the file it came from, so errors can name both. */
export interface CuratedInput {
  record: CuratedCarrier;
  file?: string;
}

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
  return mergeCarriers(derived, inputs.map(({ record }) => record), { records: 'complete' });
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
    const roam = record.nationalRoaming?.network;
    if (roam !== undefined && (ids.get(roam)?.kind !== 'mno' || ids.get(roam)?.nationalRoaming || roam === record.id)) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'invalid-carrier', where: `${file ?? 'curated data'}: ${record.id}`, reason: `nationalRoaming.network "${roam}" is not another curated network that roams on none` }, {
        path: [file ?? '', record.id, 'nationalRoaming'], file,
      });
    }
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

