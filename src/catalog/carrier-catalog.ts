import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BandfitError } from '../errors.js';
import type { CarrierCatalog } from './carrier-compact.js';
import { lazyCarriersIn, readCarrierLines } from './carrier-lines.js';
import { compiledCatalogLoader } from './compiled-catalog-file.js';
import { findCountry } from './countries.js';
import { fold } from './carrier-ids.js';
import type { Carrier } from './types.js';

export { CARRIER_FORMAT_VERSION, decodeCatalog, encodeCatalog, type CarrierCatalog, type CompactCatalog } from './carrier-compact.js';

/** `catalog/carriers.json` next to `src/` (source checkout) or next to `dist/` (package). */
export function defaultCatalogPath(): string {
  const candidates = ['../../catalog/carriers.json', '../catalog/carriers.json'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

const loadCarrierFile = compiledCatalogLoader('carrier', 'build:catalog', (text, path) => readCarrierLines(text as string, path), (text) => text);

/** Loads (once) the compiled carrier catalog; throws `E_CATALOG_VERSION` on a format mismatch. */
export function loadCarrierCatalog(path = defaultCatalogPath()): CarrierCatalog {
  return loadCarrierFile(path);
}

/** Carriers serving a country: its own networks and MVNOs, and networks whose territories include it. */
export function carriersInCountry(catalog: CarrierCatalog, country: string): Carrier[] {
  const known = findCountry(country)?.code;
  const code = known ?? country.toUpperCase();
  // Only known countries are kept: any text can be asked, and each would stay in memory.
  if (!known) return catalog.carriers.filter(serves(code));
  return [...(lazyCarriersIn(catalog, known) ?? servingCountry(catalog.carriers, known))];
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
