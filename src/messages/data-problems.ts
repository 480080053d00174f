import type { Surface } from './surface.js';

/**
 * Problems of a record's fields: a curated file (corrupt data), an imported or taught record
 * (bad input). The field's own fault (`must be a lower-case slug`) is a reason the validator
 * states beside the rule it checks.
 */
export type DataProblem =
  | { code: 'E_BAD_INPUT' | 'E_CORRUPT_DATA'; kind: 'invalid-field'; where: string; field: string; reason: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'data-not-json'; file: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'duplicate-device-id'; where: string; id: string; first: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'invalid-carrier'; where: string; reason: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'host-not-curated'; file: string; id: string; host: string };

/** Writes the one sentence (undefined for another area's kind) for a data problem. */
export function writeDataProblem(p: DataProblem, _surface: Surface): string | undefined {
  switch (p.kind) {
    case 'invalid-field':
      return `${p.where}: ${p.field}: ${p.reason}`;
    case 'data-not-json':
      return `${p.file} is not valid JSON`;
    case 'duplicate-device-id':
      return `${p.where}: device id "${p.id}" is also used in ${p.first}`;
    case 'invalid-carrier':
      return `${p.where}: ${p.reason}`;
    case 'host-not-curated':
      return `${p.file}: ${p.id}: host "${p.host}" is not a curated network`;
    default:
      return undefined; // a kind of another area
  }
}
