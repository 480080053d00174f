import { carriersInCountry } from '../catalog/carrier-catalog.js';
import { getCountry } from '../catalog/countries.js';
import type { Carrier } from '../catalog/types.js';
import type { CarriersParams } from './query-schemas.js';
import type { Snapshot } from './snapshot.js';
import { compareNames } from '../catalog/compare-names.js';

/** The documented shape of `GET /api/v1/carriers` and `bandfit carriers --country CC --json` (docs/api.md). */
export interface CarriersResult {
  country: string;
  countryName: string;
  /** Networks first, then MVNOs, each by name: the full records (docs/data-carriers.md). */
  carriers: Carrier[];
}

/** Networks first, then MVNOs, each by name. */
export const byKindThenName = (a: Carrier, b: Carrier): number => Number(a.kind === 'mvno') - Number(b.kind === 'mvno') || compareNames(a.name, b.name);

/**
 * `carriers`: the carriers serving a country (its own networks and MVNOs, and networks whose
 * territories include it), as the snapshot has them. An unknown country is `E_UNKNOWN_COUNTRY`.
 *
 * @example
 * carriersQuery(snapshot, { country: 'Japan' }).carriers.map((c) => c.name); // ['au (KDDI)', 'Katch Network Inc.', 'KDDI Corporation', 'NTT docomo', ...]
 */
export function carriersQuery(data: Snapshot, q: CarriersParams): CarriersResult {
  const country = getCountry(q.country);
  return { country: country.code, countryName: country.name, carriers: carriersInCountry(data.carriers, country.code).sort(byKindThenName) };
}
