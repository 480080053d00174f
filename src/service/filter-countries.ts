import { getCountry } from '../catalog/countries.js';
import type { WhereResult } from './where-report.js';

/**
 * A where report narrowed to the countries asked, each given by ISO code or name (`DE`,
 * `Germany`, `Deutschland`); an unknown one throws `E_UNKNOWN_COUNTRY` with the closest names.
 * The summary still counts every country: it describes the phone, not the selection.
 */
export function filterCountries(report: WhereResult, countries: readonly string[] | undefined): WhereResult {
  if (!countries?.length) return report;
  const wanted = new Set(countries.map((c) => getCountry(c).code));
  return { ...report, countries: report.countries.filter((c) => wanted.has(c.country)) };
}
