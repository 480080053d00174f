import { carriersByMccMnc, carriersInCountry, findCarriers, mccMncDigits, type CarrierCatalog } from '../catalog/carrier-catalog.js';
import { getCountry, type Country } from '../catalog/countries.js';
import { fold } from '../catalog/carrier-ids.js';
import type { Carrier } from '../catalog/types.js';
import { BandfitError } from '../errors.js';
import { compareNames } from '../catalog/compare-names.js';

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

/** More than one carrier fits the query: asked back with every candidate, never answered for one. */
function ambiguous(query: string, country: string | undefined, fits: Carrier[]): BandfitError {
  // Those whose own name holds the query first (U.S. Cellular before Alltel, whose old company name does).
  const inName = (c: Carrier) => (fold(c.name).split(' ').some((word) => word.startsWith(fold(query))) ? 0 : 1);
  const carriers = [...fits].sort((a, b) => inName(a) - inName(b) || compareNames(a.name, b.name));
  const names = carriers.map((c) => `${c.name} (${c.id}${c.mccmnc.length ? `, ${c.mccmnc.join('/')}` : ''})`);
  const place = country ? { country } : {};
  return new BandfitError({
    code: 'E_AMBIGUOUS_CARRIER', kind: 'ambiguous-carrier', parameter: 'carrier', query, ...place,
    count: carriers.length, matches: names.slice(0, 12), more: Math.max(0, names.length - 12),
  }, {
    candidates: carriers.map((c) => ({ id: c.id, name: c.name, country: c.country, mccmnc: c.mccmnc })),
    suggestions: carriers.map((c) => c.name),
  });
}

/**
 * The carriers a question is about: the one named (by name, brand, alias or MCC-MNC, any
 * case; `310-260`, `310260` and `26201` alike), else the country's main networks (every network
 * and MVNO with `includeAll`). An MCC-MNC needs no country: its MCC names it. A name that fits
 * several carriers throws `E_AMBIGUOUS_CARRIER` listing them; none, `E_UNKNOWN_COUNTRY` or
 * `E_UNKNOWN_CARRIER` with the closest names.
 *
 * @example
 * selectCarriers(catalog, undefined, '310260').country.code; // 'US'
 */
export function selectCarriers(
  catalog: CarrierCatalog,
  countryQuery: string | undefined,
  carrierQuery?: string,
  options: { includeAll?: boolean } = {},
): CarrierSelection {
  if (!countryQuery) {
    if (!carrierQuery || !mccMncDigits(carrierQuery)) {
      throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-country', parameter: 'country' });
    }
    const found = carriersByMccMnc(catalog, carrierQuery);
    if (!found.length) throw new BandfitError({ code: 'E_UNKNOWN_CARRIER', kind: 'unknown-mccmnc', parameter: 'carrier', mccmnc: carrierQuery });
    if (found.length > 1) throw ambiguous(carrierQuery, undefined, found);
    return { country: getCountry(found[0]!.country), carriers: found };
  }
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
    throw new BandfitError({ code: 'E_UNKNOWN_CARRIER', kind: 'unknown-carrier', parameter: 'carrier', query: carrierQuery, country: country.name }, {
      suggestions: [...new Set(names)].sort().slice(0, 12),
    });
  }
  if (carriers.length > 1) throw ambiguous(carrierQuery, country.name, carriers);
  return { country, carriers };
}
