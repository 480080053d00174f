import { findCountry } from './countries.js';

/** The 27 member states of the European Union (europa.eu, "EU countries", 2020 onwards). */
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
/** Europe as makers' variant labels mean it: the EU, the rest of the EEA, Switzerland and the UK. */
const EUROPE = [...EU, 'IS', 'LI', 'NO', 'CH', 'GB'];
const MIDDLE_EAST = ['AE', 'BH', 'IL', 'JO', 'KW', 'LB', 'OM', 'QA', 'SA'];

/**
 * Regions that prices, markets and variant labels name, as countries. `Global`, `International`
 * and `ROW` name no country: they are left unread rather than read as "everywhere".
 */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  eu: EU,
  europe: EUROPE,
  emea: [...EUROPE, ...MIDDLE_EAST],
  'middle east': MIDDLE_EAST,
  'north america': ['US', 'CA', 'MX'],
  latam: ['MX', 'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'EC', 'GT', 'PA', 'PE', 'PY', 'UY'],
};

/**
 * The countries a market code or a variant label's part names: `EU` and `Europe` as their
 * countries, `Japan` or `TW` as itself; `[]` when it names none (`Global`, `mmWave`).
 *
 * @example
 * countriesNamed('EU').includes('DE'); // true
 * countriesNamed('Canada, Japan');     // ['CA', 'JP']
 */
export function countriesNamed(text: string): string[] {
  const parts = text.split(/[,/&+()]|\band\b/i).map((part) => part.trim()).filter(Boolean);
  return [...new Set(parts.flatMap((part) => REGIONS[part.toLowerCase()] ?? (findCountry(part) ? [findCountry(part)!.code] : [])))];
}
