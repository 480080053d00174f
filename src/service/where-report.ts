import { bandsKnown } from '../catalog/bands-known.js';
import type { Carrier, CarrierOrigin, Device } from '../catalog/types.js';
import { whereItWorks, type CountryFit } from '../engine/where-it-works.js';
import type { Level } from '../engine/types.js';
import { countryName } from '../catalog/countries.js';
import { mainCarriers } from './select-carriers.js';
import type { PhoneIdentification } from './identify-phone.js';

export interface WhereCountry extends CountryFit {
  name: string;
  /**
   * Where the best carrier's facts come from: `derived` when the country's verdict rests on an
   * mcc-mnc-list record nobody has curated (its bands may be incomplete or old), so a map or a
   * table can say which verdicts rest on curated data. Absent when no carrier was judged.
   */
  origin?: CarrierOrigin;
}

/** The documented shape of `bandfit where --json` and `GET /api/v1/where`. */
export interface WhereResult {
  /** The day the verdicts are for. */
  asOf?: string;
  /** `bandsKnown` is false for a variant whose band list no source gives: its verdicts are all `unknown`. */
  device: { id: string; brand: string; name: string; variants: { id: string; label: string; models: string[]; bandsKnown: boolean }[] };
  launchMarkets: { country: string; name: string; date?: string }[];
  summary: Record<Level, number>;
  countries: WhereCountry[];
  /** With `imei`: the TAC table row that identified the phone (judged as that variant only). */
  identified?: PhoneIdentification;
}

const byCountryCache = new WeakMap<readonly Carrier[], Map<string, Carrier[]>>();

/**
 * The main networks of every country they serve (licence country and territories), worked out
 * once per carrier list (a snapshot's list never changes).
 */
export function carriersByCountry(carriers: readonly Carrier[]): ReadonlyMap<string, Carrier[]> {
  const cached = byCountryCache.get(carriers);
  if (cached) return cached;
  const map = new Map<string, Carrier[]>();
  for (const carrier of carriers) {
    for (const cc of new Set([carrier.country, ...carrier.territories])) {
      const list = map.get(cc);
      if (list) list.push(carrier);
      else map.set(cc, [carrier]);
    }
  }
  for (const [cc, list] of map) map.set(cc, mainCarriers(list, cc));
  byCountryCache.set(carriers, map);
  return map;
}

/** Where a phone is sold and how well it works in every country with known carriers. */
export function buildWhereReport(device: Device, byCountry: ReadonlyMap<string, readonly Carrier[]>, asOf?: string): WhereResult {
  const report = whereItWorks(device, byCountry, asOf);
  const dates = new Map((device.markets ?? []).map((m) => [m.country, m.date]));
  return {
    ...(asOf ? { asOf } : {}),
    device: {
      id: device.id,
      brand: device.brand,
      name: device.name,
      variants: device.variants.map((v) => ({ id: v.id, label: v.label, models: v.models ?? [], bandsKnown: bandsKnown(v) })),
    },
    launchMarkets: report.launchMarkets.map((cc) => ({ country: cc, name: countryName(cc), ...(dates.get(cc) ? { date: dates.get(cc)! } : {}) })),
    summary: report.summary,
    countries: report.countries.map((c) => {
      const origin = byCountry.get(c.country)?.find((carrier) => carrier.id === c.carrierId)?.origin;
      return { ...c, name: countryName(c.country), ...(origin ? { origin } : {}) };
    }),
  };
}
