import { carriersInCountry, findCarriers, type CarrierCatalog } from '../catalog/carrier-catalog.js';
import { getCountry, type Country } from '../catalog/countries.js';
import type { Carrier } from '../catalog/types.js';
import { BandfitError } from '../errors.js';

/**
 * The networks a country's answer is about by default: where bandfit has curated records of
 * the country's own networks, those (the main operators, checked against several sources);
 * elsewhere every network known from public band text. MVNOs share their host's verdict.
 */
export function mainCarriers(serving: readonly Carrier[], cc: string): Carrier[] {
  const mnos = serving.filter((c) => c.kind === 'mno');
  const curatedHere = mnos.some((c) => c.origin === 'curated' && c.country === cc);
  return curatedHere ? mnos.filter((c) => c.origin === 'curated') : mnos;
}

export interface CarrierSelection {
  country: Country;
  carriers: Carrier[];
}

/**
 * The carriers a question is about: the one named (by name, brand, alias or MCC-MNC, any
 * case), else the country's main networks (every network and MVNO with `includeAll`). Throws
 * `E_UNKNOWN_COUNTRY` or `E_UNKNOWN_CARRIER` with the closest names.
 */
export function selectCarriers(
  catalog: CarrierCatalog,
  countryQuery: string,
  carrierQuery?: string,
  options: { includeAll?: boolean } = {},
): CarrierSelection {
  const country = getCountry(countryQuery);
  if (!carrierQuery) {
    const serving = carriersInCountry(catalog, country.code);
    return { country, carriers: options.includeAll ? serving : mainCarriers(serving, country.code) };
  }
  const carriers = findCarriers(catalog, country.code, carrierQuery);
  if (!carriers.length) {
    const names = carriersInCountry(catalog, country.code)
      .filter((c) => c.origin === 'curated')
      .map((c) => c.name);
    throw new BandfitError('E_UNKNOWN_CARRIER', `No carrier "${carrierQuery}" in ${country.name}`, {
      path: ['carrier'],
      suggestions: [...new Set(names)].sort().slice(0, 12),
    });
  }
  return { country, carriers };
}
