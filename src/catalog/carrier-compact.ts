import { BandfitError } from '../errors.js';
import type { Carrier, CarrierBand, CoverageFrom, TechStatus } from './types.js';

/** Bumped whenever the compact form changes; a loader refuses any other. */
export const CARRIER_FORMAT_VERSION = 2;

export interface CarrierCatalog {
  /** Every carrier. The compiled catalog decodes them on first read (`carriersInCountry` needs only a country's). */
  readonly carriers: Carrier[];
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

/** Throws `E_CATALOG_VERSION` unless `formatVersion` is the one this code reads. */
export function checkCarrierFormat(formatVersion: unknown): void {
  if (formatVersion === CARRIER_FORMAT_VERSION) return;
  throw new BandfitError({ code: 'E_CATALOG_VERSION', kind: 'catalog-format', catalog: 'carrier', found: String(formatVersion), expected: CARRIER_FORMAT_VERSION, script: 'build:catalog' }, {
    found: formatVersion, expected: CARRIER_FORMAT_VERSION,
  });
}

const decodeBands = (list: unknown): CarrierBand[] => ((list as string[] | undefined) ?? []).map((text) => {
  const [band = '', layer, confidence, from] = text.split('/');
  return { band, layer: layer === 'c' ? 'coverage' : 'capacity', ...(confidence ? { confidence } : {}), ...(from ? { from: FROM_OF[from] } : {}) } as CarrierBand;
});

/** One carrier from its compact form (a parsed line of the file). */
export function decodeCarrier(raw: Record<string, unknown>): Carrier {
  const carrier = { ...raw, lte: decodeBands(raw.lte), nr: decodeBands(raw.nr) } as unknown as Carrier;
  for (const key of LISTS) carrier[key] ??= [];
  for (const key of TECHS) carrier[key] ??= { state: 'unknown' };
  return carrier;
}

export function decodeCatalog(compact: CompactCatalog): CarrierCatalog {
  checkCarrierFormat(compact?.formatVersion);
  return { carriers: compact.carriers.map(decodeCarrier), formatVersion: compact.formatVersion, dataVersion: compact.dataVersion, buildDate: compact.buildDate };
}
