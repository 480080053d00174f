import { foldName } from './fold-name.js';
import type { CuratedCarrier } from './types.js';

/** How carrier names are compared: the one name normaliser. */
export const fold = foldName;

/** A name as the slug of a carrier id: `T-Mobile` → `t-mobile`, `AT&T` → `atandt`. */
export const slug = (text: string): string => fold(text.replace(/&/g, 'and').replace(/\+/g, ' plus ')).replace(/ /g, '-');

/**
 * Band Atlas `operator_id`s whose catalog id reads differently from the slug rule below: the ids
 * the rest of bandfit relied on when data/carriers was seeded from Band Atlas.
 */
const BAND_ATLAS_IDS: Readonly<Record<string, string>> = {
  'JP,ntt-docomo': 'jp-docomo', 'JP,kddi': 'jp-au', 'IN,vi-in': 'in-vi',
  'HK,hk-chinamobilehongkong': 'hk-china-mobile', 'TW,tw-chunghwatelecom': 'tw-chunghwa',
  'TW,tw-fareastone': 'tw-far-eastone', 'TW,tw-taiwanmobile': 'tw-taiwan-mobile', 'PL,tmobile-pl': 'pl-t-mobile',
};

/** A row of a carrier source, by what that source names the network with. */
export type CarrierRow =
  /** Band Atlas tables (`network_bands.csv`, `networks.csv`, `sunset.csv`): `country,operator_id`. */
  | { source: 'band-atlas'; country: string; operatorId: string }
  /** `mcc-mnc-list` rows grouped into one network: its codes and its brand and operator names. */
  | { source: 'mcc-mnc-list'; country: string; mccmnc: readonly string[]; names: readonly string[] };

/** What the id map needs of a catalog network (a curated record or a compiled `Carrier`). */
export type KnownCarrier = Pick<CuratedCarrier, 'id' | 'country' | 'kind' | 'name' | 'aliases' | 'mccmnc' | 'sources'>;

export interface CarrierIdMap {
  /** The catalog id of the network a row names (a new `<cc>-<slug>` id when none is known). */
  idOf(row: CarrierRow): string;
}

/** `DE,telekom-de` from a Band Atlas citation (`network_bands.csv: DE,telekom-de`, `…/sunset.csv: DE,telekom-de`). */
const ATLAS_REF = /(?:network_bands|networks|sunset)\.csv: ([A-Z]{2},\S+)$/;

/** The slug rule: `US,t-mobile` → `us-t-mobile`, `DE,telekom-de` → `de-telekom`, `RU,ru-mts` → `ru-mts`. */
function bandAtlasSlug(country: string, operatorId: string): string {
  const override = BAND_ATLAS_IDS[`${country},${operatorId}`];
  if (override) return override;
  const cc = country.toLowerCase();
  let rest = operatorId.toLowerCase();
  if (rest.startsWith(`${cc}-`)) rest = rest.slice(cc.length + 1);
  if (rest.endsWith(`-${cc}`)) rest = rest.slice(0, -(cc.length + 1));
  return `${cc}-${rest}`;
}

/**
 * The one map from a source's row to a carrier id, used by the catalog build (`mcc-mnc-list`
 * rows), `bandfit import carriers` (Band Atlas rows) and the seed script, so the same network
 * gets the same id from every source. A known network is found by the row it cites (Band Atlas),
 * else by a shared MCC-MNC, then by name or alias in the same country; only MNOs are matched (an
 * MVNO cites its host's rows).
 *
 * @example
 * carrierIdMap(catalog.carriers).idOf({ source: 'band-atlas', country: 'DE', operatorId: 'telekom-de' }); // 'de-telekom'
 */
export function carrierIdMap(known: readonly KnownCarrier[]): CarrierIdMap {
  const networks = known.filter((c) => c.kind === 'mno');
  const byAtlasRow = new Map<string, string>();
  for (const carrier of networks) {
    for (const source of carrier.sources ?? []) {
      const row = ATLAS_REF.exec(source.ref ?? '')?.[1];
      if (row && !byAtlasRow.has(row)) byAtlasRow.set(row, carrier.id);
    }
  }
  const local = (country: string) => networks.filter((c) => c.country === country);
  return {
    idOf(row) {
      if (row.source === 'band-atlas') {
        return byAtlasRow.get(`${row.country},${row.operatorId}`) ?? bandAtlasSlug(row.country, row.operatorId);
      }
      const codes = new Set(row.mccmnc);
      const inCountry = local(row.country);
      const wanted = new Set(row.names.map(fold));
      const found = inCountry.find((c) => c.mccmnc?.some((code) => codes.has(code)))
        ?? inCountry.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => wanted.has(fold(n))));
      return found?.id ?? `${row.country.toLowerCase()}-${slug(row.names[0] ?? '')}`;
    },
  };
}
