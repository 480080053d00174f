import countriesLib from 'i18n-iso-countries/index.js';
import { carriersInCountry } from '../catalog/carrier-catalog.js';
import { COUNTRIES } from '../catalog/countries.js';
import type { Snapshot } from './snapshot.js';

/** A country as the pickers and the map list it. */
export interface CountryRow {
  code: string;
  /** ISO 3166-1 numeric, as the world map's shapes are keyed. */
  numeric?: string;
  name: string;
  /** Carriers serving it, MVNOs included: as many as `carriers` lists for it. */
  carriers: number;
  /** How many of those are networks (`kind: 'mno'`). */
  networks: number;
}

/** The documented shape of `GET /api/v1/countries` (docs/api.md). */
export interface CountriesResult {
  countries: CountryRow[];
}

/** `countries`: every country bandfit knows, with its ISO codes and how many carriers serve it. */
export function countriesQuery(data: Snapshot): CountriesResult {
  return {
    countries: COUNTRIES.map((c) => {
      const serving = carriersInCountry(data.carriers, c.code);
      const numeric = countriesLib.alpha2ToNumeric(c.code);
      return {
        code: c.code,
        ...(numeric ? { numeric } : {}),
        name: c.name,
        carriers: serving.length,
        networks: serving.filter((s) => s.kind === 'mno').length,
      };
    }),
  };
}
