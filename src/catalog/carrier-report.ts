import { createRequire } from 'node:module';
import { parseCarrierBands, type UnreadKind } from '../bands/parse-carrier-bands.js';
import type { CarrierCatalog } from './carrier-catalog.js';
import { countryCodesOf } from './countries.js';
import type { MccMncRecord } from './derive-carriers.js';
import { compareNames } from './compare-names.js';

export interface CarrierReport {
  carriers: { total: number; curated: number; derived: number; mno: number; mvno: number };
  /** Countries with at least one carrier (own country or territory). */
  countries: number;
  /** Operational `mcc-mnc-list` rows by how much of their band text became band numbers. */
  operators: { full: number; partial: number; none: number; noBands: number };
  tokens: {
    /** Tokens naming a frequency of a technology bandfit models (`LTE 700`). */
    band: number;
    read: number;
    /** `read / band`, percent, one decimal. */
    percentRead: number;
    /** Same, counting bare technology names (`LTE`) as band tokens that were not read. */
    percentReadWithTechOnly: number;
    byKind: Record<UnreadKind, number>;
  };
  /** Every unread token with its count, most frequent first. */
  unread: { token: string; kind: UnreadKind; reason: string; count: number }[];
}

/** Rows whose whole band text is `Unknown` or `MVNO` say nothing about bands; they are not counted. */
const NO_BAND_TEXT = /^\s*(unknown|mvno)?\s*$/i;

/**
 * What the catalog knows and how well `mcc-mnc-list` band text was read, for
 * `bandfit carriers --report`.
 * `records` defaults to the installed `mcc-mnc-list` rows, the ones the catalog was built from.
 * @example carrierReport(loadCarrierCatalog()).tokens.percentRead // 98.8
 */
export function carrierReport(catalog: CarrierCatalog, records: readonly MccMncRecord[] = packageRows()): CarrierReport {
  const { carriers } = catalog;
  const countries = new Set(carriers.flatMap((c) => [c.country, ...c.territories]));
  const operators = { full: 0, partial: 0, none: 0, noBands: 0 };
  const byKind: Record<UnreadKind, number> = { 'tech-only': 0, ambiguous: 0, 'no-radio': 0, 'other-tech': 0, unknown: 0 };
  const unread = new Map<string, CarrierReport['unread'][number]>();
  let read = 0;
  for (const row of records) {
    if (row.status !== 'Operational') continue;
    if (NO_BAND_TEXT.test(row.bands ?? '')) {
      operators.noBands++;
      continue;
    }
    const parsed = parseCarrierBands(row.bands ?? '', {
      country: countryCodesOf(row.countryCode)[0] ?? '',
      carrier: [row.brand, row.operator].filter(Boolean).join(' / '),
      mccmnc: `${row.mcc}-${row.mnc}`,
      notes: row.notes,
    });
    read += parsed.tokens.length;
    const missed = parsed.unread.filter((u) => u.kind === 'ambiguous' || u.kind === 'tech-only').length;
    if (parsed.tokens.length === 0) operators.none++;
    else if (missed === 0) operators.full++;
    else operators.partial++;
    for (const item of parsed.unread) {
      byKind[item.kind]++;
      const key = `${item.kind}\u0000${item.token}\u0000${item.reason}`;
      const entry = unread.get(key) ?? { token: item.token, kind: item.kind, reason: item.reason, count: 0 };
      entry.count++;
      unread.set(key, entry);
    }
  }
  const band = read + byKind.ambiguous;
  const percent = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : 100);
  return {
    carriers: {
      total: carriers.length,
      curated: carriers.filter((c) => c.origin === 'curated').length,
      derived: carriers.filter((c) => c.origin === 'derived').length,
      mno: carriers.filter((c) => c.kind === 'mno').length,
      mvno: carriers.filter((c) => c.kind === 'mvno').length,
    },
    countries: countries.size,
    operators,
    tokens: { band, read, percentRead: percent(read, band), percentReadWithTechOnly: percent(read, band + byKind['tech-only']), byKind },
    unread: [...unread.values()].sort((a, b) => b.count - a.count || compareNames(a.token, b.token) || compareNames(a.reason, b.reason)),
  };
}

/** The report as plain text lines, for the CLI. */
export function formatCarrierReport(report: CarrierReport): string {
  const { carriers: c, tokens: t, operators: o } = report;
  const lines = [
    `Carriers: ${c.total} (${c.curated} curated, ${c.derived} derived; ${c.mno} networks, ${c.mvno} MVNOs) in ${report.countries} countries`,
    `Operators' band text: ${o.full} fully read, ${o.partial} partly, ${o.none} not at all, ${o.noBands} with no band text`,
    `Band tokens read: ${t.read} of ${t.band} (${t.percentRead} %); with bare technology names counted: ${t.percentReadWithTechOnly} %`,
    'Unread tokens:',
    ...report.unread.map((u) => `  ${String(u.count).padStart(4)}  ${u.token || '(empty)'}  [${u.kind}] ${u.reason}`),
  ];
  return lines.join('\n');
}

function packageRows(): MccMncRecord[] {
  return (createRequire(import.meta.url)('mcc-mnc-list') as { all: () => MccMncRecord[] }).all();
}
