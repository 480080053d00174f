import { getCountry, type Country } from '../catalog/countries.js';
import type { Carrier } from '../catalog/types.js';
import { BandfitError } from '../errors.js';

const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/** Carriers serving a country: licensed there or listing it among their territories. */
export function carriersServing(carriers: readonly Carrier[], cc: string): Carrier[] {
  return carriers.filter((c) => c.country === cc || c.territories.includes(cc));
}

function matches(carrier: Carrier, query: string): boolean {
  const q = norm(query);
  if (/^\d{3}-?\d{2,3}$/.test(query.trim())) {
    const code = query.trim().replace(/^(\d{3})-?(\d+)$/, '$1-$2');
    return carrier.mccmnc.includes(code);
  }
  return [carrier.id, carrier.name, ...carrier.aliases].some((name) => norm(name) === q);
}

export interface CarrierSelection {
  country: Country;
  carriers: Carrier[];
}

/**
 * The carriers a check is about: the one named (by name, brand, alias or MCC-MNC, any case),
 * else every network of the country (MVNOs too with `includeAll`). Throws `E_UNKNOWN_COUNTRY`
 * or `E_UNKNOWN_CARRIER` with the closest names.
 */
export function selectCarriers(
  all: readonly Carrier[],
  countryQuery: string,
  carrierQuery?: string,
  options: { includeAll?: boolean } = {},
): CarrierSelection {
  const country = getCountry(countryQuery);
  const serving = carriersServing(all, country.code);
  if (!carrierQuery) {
    const carriers = options.includeAll ? serving : serving.filter((c) => c.kind === 'mno');
    return { country, carriers };
  }
  let found = serving.filter((c) => matches(c, carrierQuery));
  if (!found.length) {
    const q = norm(carrierQuery);
    found = serving.filter((c) => [c.name, ...c.aliases].some((n) => norm(n).startsWith(q) || (q.length >= 3 && norm(n).includes(q))));
  }
  if (!found.length) {
    const names = [...new Set(serving.filter((c) => c.kind === 'mno' || c.origin === 'curated').map((c) => c.name))].sort();
    throw new BandfitError('E_UNKNOWN_CARRIER', `No carrier "${carrierQuery}" in ${country.name}`, {
      path: ['carrier'],
      suggestions: names.slice(0, 12),
    });
  }
  return { country, carriers: found };
}
