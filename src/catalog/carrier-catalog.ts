import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BandfitError } from '../errors.js';
import { compiledCatalogLoader } from './compiled-catalog-file.js';
import { findCountry } from './countries.js';
import { fold } from './carrier-ids.js';
import type { Carrier, CarrierBand, CoverageFrom, TechStatus } from './types.js';

/** Bumped whenever the compact form changes; a loader refuses any other. */
export const CARRIER_FORMAT_VERSION = 2;

export interface CarrierCatalog {
  carriers: Carrier[];
  formatVersion: number;
  /** Hash of the build inputs (curated files and the `mcc-mnc-list` data). */
  dataVersion: string;
  /** The date the build treats as "now": the latest `checked` date of the curated records. */
  buildDate: string;
}

/**
 * The compact form written to `catalog/carriers.json` (docs/carrier-catalog.md): empty lists
 * and `unknown` statuses are left out, and a band is one string `B12/c/x` (band, `c`overage or
 * ca`p`acity, optional confidence, and for a coverage band the build added, `m` or `l` for `from`).
 */
export interface CompactCatalog {
  formatVersion: number;
  dataVersion: string;
  buildDate: string;
  carriers: Record<string, unknown>[];
}

const LISTS = ['aliases', 'mccmnc', 'territories'] as const;
const FROM_CODE: Record<CoverageFrom, string> = { 'mcc-mnc-list': 'm', 'lowest-band': 'l' };
const FROM_OF: Record<string, CoverageFrom> = { m: 'mcc-mnc-list', l: 'lowest-band' };

/** `B12/c/x`; a coverage band the build added ends with where it comes from (`B5/c/s/m`). */
const encodeBand = (b: CarrierBand): string =>
  [b.band, b.layer === 'coverage' ? 'c' : 'p', b.confidence ?? '', b.from ? FROM_CODE[b.from] : ''].join('/').replace(/\/+$/, '');
const TECHS = ['gsm', 'umts', 'tdscdma', 'cdma'] as const;

export function encodeCatalog(catalog: CarrierCatalog): CompactCatalog {
  const carriers = catalog.carriers.map((carrier) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(carrier)) {
      if (value === undefined) continue;
      if ((LISTS as readonly string[]).includes(key) && (value as unknown[]).length === 0) continue;
      if ((TECHS as readonly string[]).includes(key) && (value as TechStatus).state === 'unknown' && Object.keys(value as object).length === 1) continue;
      if (key === 'lte' || key === 'nr') {
        if ((value as CarrierBand[]).length === 0) continue;
        out[key] = (value as CarrierBand[]).map(encodeBand);
        continue;
      }
      out[key] = value;
    }
    return out;
  });
  return { formatVersion: catalog.formatVersion, dataVersion: catalog.dataVersion, buildDate: catalog.buildDate, carriers };
}

export function decodeCatalog(compact: CompactCatalog): CarrierCatalog {
  if (!compact || compact.formatVersion !== CARRIER_FORMAT_VERSION) {
    throw new BandfitError({ code: 'E_CATALOG_VERSION', kind: 'catalog-format', catalog: 'carrier', found: String(compact?.formatVersion), expected: CARRIER_FORMAT_VERSION, script: 'build:catalog' }, {
      found: compact?.formatVersion, expected: CARRIER_FORMAT_VERSION,
    });
  }
  const carriers = compact.carriers.map((raw) => {
    const bands = (list: unknown) => ((list as string[] | undefined) ?? []).map((text) => {
      const [band = '', layer, confidence, from] = text.split('/');
      return {
        band, layer: layer === 'c' ? 'coverage' : 'capacity', ...(confidence ? { confidence } : {}), ...(from ? { from: FROM_OF[from] } : {}),
      } as CarrierBand;
    });
    const carrier = { ...raw, lte: bands(raw.lte), nr: bands(raw.nr) } as unknown as Carrier;
    for (const key of LISTS) carrier[key] ??= [];
    for (const key of TECHS) carrier[key] ??= { state: 'unknown' };
    return carrier;
  });
  return { carriers, formatVersion: compact.formatVersion, dataVersion: compact.dataVersion, buildDate: compact.buildDate };
}

/** `catalog/carriers.json` next to `src/` (source checkout) or next to `dist/` (package). */
export function defaultCatalogPath(): string {
  const candidates = ['../../catalog/carriers.json', '../catalog/carriers.json'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

const loadCarrierFile = compiledCatalogLoader('carrier', 'build:catalog', (raw) => decodeCatalog(raw as CompactCatalog));

/** Loads (once) the compiled carrier catalog; throws `E_CATALOG_VERSION` on a format mismatch. */
export function loadCarrierCatalog(path = defaultCatalogPath()): CarrierCatalog {
  return loadCarrierFile(path);
}

/** Carriers serving a country: its own networks and MVNOs, and networks whose territories include it. */
export function carriersInCountry(catalog: CarrierCatalog, country: string): Carrier[] {
  const known = findCountry(country)?.code;
  const code = known ?? country.toUpperCase();
  // Only known countries are kept: any text can be asked, and each would stay in memory.
  return known ? [...servingCountry(catalog.carriers, known)] : catalog.carriers.filter(serves(code));
}

const serves = (code: string) => (carrier: Carrier) => carrier.country === code || carrier.territories.includes(code);

/**
 * Each country's carriers, filtered once per carrier list and country: a `check` filtered all
 * 1,252 carriers for its country on every request, a fifth of its time under varied traffic
 * (bench/README.md). One country at a time, so a CLI run filters only the one it asks about.
 * The list's length guards against a list grown after it was first read.
 */
const byCountry = new WeakMap<readonly Carrier[], { length: number; lists: Map<string, readonly Carrier[]> }>();

function servingCountry(carriers: readonly Carrier[], code: string): readonly Carrier[] {
  let kept = byCountry.get(carriers);
  if (kept?.length !== carriers.length) byCountry.set(carriers, (kept = { length: carriers.length, lists: new Map() }));
  let list = kept.lists.get(code);
  if (!list) kept.lists.set(code, (list = carriers.filter(serves(code))));
  return list;
}

/**
 * An MCC-MNC query as its digits: `310260`, `310-260`, `262 01` and `26201` are codes (3-digit
 * MCC, 2- or 3-digit MNC); anything else is a name (`undefined`).
 */
export function mccMncDigits(query: string): string | undefined {
  const match = /^(\d{3})[\s-]?(\d{2,3})$/.exec(query.trim());
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** Whether a carrier has this MCC-MNC (digits as `mccMncDigits` gives them). */
export const hasMccMnc = (carrier: Carrier, digits: string): boolean => carrier.mccmnc.some((code) => code.replace(/\D/g, '') === digits);

/** Every carrier, of any country, with this MCC-MNC: the code names the country (its MCC). */
export function carriersByMccMnc(catalog: CarrierCatalog, query: string): Carrier[] {
  const digits = mccMncDigits(query);
  return digits ? catalog.carriers.filter((c) => hasMccMnc(c, digits)) : [];
}

/**
 * Carriers of a country matching a name, alias or MCC-MNC (`t-mobile`, `Magenta`, `310-260`,
 * `310260`),
 * case-insensitively; exact matches first, then names that start with the query.
 * @example findCarriers(catalog, 'US', 'verizon')[0].id // 'us-verizon'
 */
export function findCarriers(catalog: CarrierCatalog, country: string, query: string): Carrier[] {
  const wanted = fold(query);
  if (!wanted) return [];
  const local = carriersInCountry(catalog, country);
  const code = mccMncDigits(query);
  if (code) return local.filter((c) => hasMccMnc(c, code));
  const names = (c: Carrier) => [c.id, c.id.slice(3), c.name, ...c.aliases].map(fold);
  const exact = local.filter((c) => names(c).includes(wanted));
  if (exact.length) return exact;
  return local.filter((c) => names(c).some((n) => n.startsWith(wanted) || n.split(' ').includes(wanted)));
}

/** The one carrier a query means; throws `E_UNKNOWN_CARRIER` with the closest names. */
export function getCarrier(catalog: CarrierCatalog, country: string, query: string): Carrier {
  const found = findCarriers(catalog, country, query);
  if (found.length >= 1 && (found.length === 1 || fold(found[0]!.name) === fold(query))) return found[0]!;
  const local = carriersInCountry(catalog, country);
  const wanted = fold(query);
  const suggestions = (found.length ? found : local.filter((c) => fold(c.name).includes(wanted.slice(0, 3))))
    .slice(0, 5).map((c) => c.name);
  throw new BandfitError(found.length > 1 ? { code: 'E_UNKNOWN_CARRIER', kind: 'ambiguous-carrier-name', query } : { code: 'E_UNKNOWN_CARRIER', kind: 'unknown-carrier', query, country }, {
    suggestions: suggestions.length ? suggestions : local.filter((c) => c.kind === 'mno' && c.origin === 'curated').slice(0, 5).map((c) => c.name),
  });
}
