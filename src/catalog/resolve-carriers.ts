import { BandfitError } from '../errors.js';
import { mergeCarriers } from './merge-carriers.js';
import type { Carrier, CuratedCarrier } from './types.js';
import { carrierProblems, problemText } from './validate-carrier.js';

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

/** Each record by the one carrier validator (`carrierProblems`), then what only a whole set can break. */
function validate(inputs: { record: CuratedCarrier; file?: string }[], derivedHosts: ReadonlySet<string>): void {
  const ids = new Map<string, CuratedCarrier>();
  for (const { record, file } of inputs) {
    const where = `${file ?? 'curated data'}: ${record?.id ?? '(no id)'}`;
    const fail = (reason: string, path: (string | number)[]): never => {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'invalid-carrier', where, reason }, { path: [file ?? '', record?.id ?? '', ...path], file });
    };
    const problem = carrierProblems(record, 'complete')[0];
    if (problem) fail(problemText(problem), problem.path);
    if (ids.has(record.id)) fail('id is used twice', ['id']);
    ids.set(record.id, record);
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

