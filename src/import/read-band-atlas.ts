import { findBand } from '../bands/registry.js';
import type { CarrierIdMap } from '../catalog/carrier-ids.js';
import type { CarrierRow, RowProblem } from '../catalog/carrier-rows.js';
import type { Source, TechState, TechStatus } from '../catalog/types.js';
import type { CsvRow } from './read-csv.js';

export type BandAtlasLayout = 'network-bands' | 'networks';

/**
 * Band Atlas switch-off words (networks.csv `2g`/`3g`) to bandfit states: a planned switch-off is
 * still running. Its `none` is ambiguous (no switch-off on record for Airtel India's running GSM,
 * no GSM at all for Bell Canada), so it says nothing: `unknown`, which keeps what the catalog knows.
 */
const STATES: Record<string, TechState> = { off: 'off', ending: 'ending', planned: 'ending', none: 'unknown', never: 'none', unknown: 'unknown', active: 'active' };
/** networks.csv `sa`: `yes` is 5G standalone in service, `nsa` (or `no`) is not; other words say nothing. */
const SA: Record<string, boolean> = { yes: true, no: false, nsa: false };

export const BAND_ATLAS_CREDIT = 'Band Atlas · Hyper Nexus (https://www.aiotrf.com/ai/band-atlas/), CC BY 4.0';

/** The layout a Band Atlas header names, if any. */
export function bandAtlasLayout(header: readonly string[]): BandAtlasLayout | undefined {
  if (header.includes('band') && header.includes('layer')) return 'network-bands';
  if (header.includes('2g') && header.includes('operator')) return 'networks';
  return undefined;
}

/**
 * Band Atlas dates are ISO except a few quarters and halves (`2025-Q4`, `2028-H2`): written as the
 * period's last month, which the engine reads as "by the end of that month" (`lastDayOf`), the
 * same day the quarter or half ends.
 */
export function bandAtlasDate(date: string): string {
  const period = /^(\d{4})-(Q[1-4]|H[12])$/i.exec(date);
  if (!period) return date;
  const n = Number(period[2]!.slice(1));
  const month = period[2]![0]!.toUpperCase() === 'Q' ? n * 3 : n * 6;
  return `${period[1]}-${String(month).padStart(2, '0')}`;
}

function status(state: string | undefined, date: string | undefined, source: string | undefined): TechStatus | string {
  const mapped = STATES[(state ?? '').trim().toLowerCase()];
  if (!mapped) return `unknown state "${state ?? ''}"`;
  const out: TechStatus = { state: mapped };
  if (date?.trim()) out.date = bandAtlasDate(date.trim());
  if (source?.trim()) out.source = source.trim();
  return out;
}

/**
 * The Band Atlas reader: each CSV row as a carrier record of one network (`network_bands.csv`:
 * one LTE or 5G band; `networks.csv`: name, 5G SA, 2G and 3G status, 3G recorded as UMTS), on
 * the catalog's id for its row (`carrierIdMap`), citing the row. Only what is Band Atlas's own
 * (columns, words) is judged here; the record is validated by `carrierProblems` after.
 *
 * @example
 * readBandAtlas(rows, 'network-bands', 'network_bands.csv', carrierIdMap(catalog.carriers));
 */
export function readBandAtlas(rows: readonly CsvRow[], layout: BandAtlasLayout, name: string, ids: CarrierIdMap): { rows: CarrierRow[]; rejected: RowProblem[] } {
  const out: CarrierRow[] = [];
  const rejected: RowProblem[] = [];
  const known = /^(network_bands|networks)\.csv$/.test(name);
  for (const { line, cells } of rows) {
    const country = (cells.country ?? '').trim().toUpperCase();
    const operator = (cells.operator_id ?? '').trim().toLowerCase();
    if (!/^[A-Z]{2}$/.test(country) || !operator) {
      rejected.push({ line, reason: 'missing country or operator_id' });
      continue;
    }
    const source: Source = { title: known ? 'Band Atlas · Hyper Nexus' : name, ref: `${name}: ${country},${operator}` };
    if (known) Object.assign(source, { url: 'https://www.aiotrf.com/ai/band-atlas/', credit: BAND_ATLAS_CREDIT });
    const record = { id: ids.idOf({ source: 'band-atlas', country, operatorId: operator }), country, sources: [source] };
    if (layout === 'network-bands') {
      const text = (cells.band ?? '').trim();
      const tech = (cells.tech ?? '').trim().toUpperCase();
      if (tech !== 'LTE' && tech !== 'NR') {
        rejected.push({ line, reason: `tech must be LTE or NR, got "${tech}" (band "${text}")` });
        continue;
      }
      const confidence = cells.confidence === 'x' || cells.confidence === 's' ? { confidence: cells.confidence } : {};
      const band = { band: findBand(text)?.id ?? text, layer: cells.layer?.trim() as 'coverage', ...confidence };
      out.push({ line, record: { ...record, [tech === 'LTE' ? 'lte' : 'nr']: [band] } });
      continue;
    }
    const gsm = status(cells['2g'], cells['2g_date'], cells['2g_source']);
    const umts = status(cells['3g'], cells['3g_date'], cells['3g_source']);
    if (typeof gsm === 'string' || typeof umts === 'string') {
      rejected.push({ line, reason: typeof gsm === 'string' ? `2g: ${gsm}` : `3g: ${umts as string}` });
      continue;
    }
    const sa = SA[(cells.sa ?? '').trim().toLowerCase()];
    const operatorName = cells.operator?.trim();
    out.push({ line, record: { ...record, ...(operatorName ? { name: operatorName } : {}), ...(sa !== undefined ? { nrSa: sa } : {}), gsm, umts } });
  }
  return { rows: out, rejected };
}
