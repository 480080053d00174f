import { findBand } from '../bands/registry.js';
import { loadCarrierCatalog } from '../catalog/carrier-catalog.js';
import { carrierIdMap, type KnownCarrier } from '../catalog/carrier-ids.js';
import type { CarrierBand, Source, TechState, TechStatus } from '../catalog/types.js';
import { BandfitError } from '../errors.js';
import { readInputFile } from './read-input-file.js';
import type { CarrierOverlay, Store } from '../store/store.js';
import type { RejectedRow } from './import-devices.js';
import { readCsv } from './read-csv.js';

export interface CarrierImportReport {
  file: string;
  layout: 'network-bands' | 'networks';
  rows: number;
  carriers: number;
  rejected: RejectedRow[];
}

/** Band Atlas states (networks.csv `2g`/`3g`) → bandfit's: a planned switch-off is still running. */
const STATES: Record<string, TechState> = { off: 'off', ending: 'ending', planned: 'ending', none: 'none', never: 'none', unknown: 'unknown', active: 'active' };

const BAND_ATLAS_CREDIT = 'Band Atlas · Hyper Nexus (https://www.aiotrf.com/ai/band-atlas/), CC BY 4.0';

function status(state: string | undefined, date: string | undefined, source: string | undefined): TechStatus | string {
  const mapped = STATES[(state ?? '').trim().toLowerCase()];
  if (!mapped) return `unknown state "${state ?? ''}"`;
  const out: TechStatus = { state: mapped };
  if (date?.trim()) out.date = date.trim();
  if (source?.trim()) out.source = source.trim();
  return out;
}

export interface CarrierImportOptions {
  /** The networks rows are matched to (`carrierIdMap`); default the compiled carrier catalog. */
  known?: readonly KnownCarrier[];
}

/**
 * Imports carrier facts in the Band Atlas layouts (`network_bands.csv`: one LTE/NR band per row;
 * `networks.csv`: 5G SA and 2G/3G status per operator) as overlays on the catalog's own ids
 * (`carrierIdMap`: `DE,telekom-de` is `de-telekom`), so an import refines a network rather than
 * adding it twice. All rows must be valid or nothing is written. Band Atlas `3g` is recorded as
 * UMTS status.
 *
 * @example
 * await importCarriers(store, 'band-atlas/network_bands.csv');
 */
export async function importCarriers(store: Store, file: string, options: CarrierImportOptions = {}): Promise<CarrierImportReport> {
  const { text, name } = await readInputFile(file);
  const { header, rows, problems } = readCsv(text, name);
  const layout = header.includes('band') && header.includes('layer') ? 'network-bands' : header.includes('2g') && header.includes('operator') ? 'networks' : undefined;
  if (!layout) throw new BandfitError({ code: 'E_IMPORT', kind: 'not-band-atlas', file: name }, { path: [1] });
  const rejected: RejectedRow[] = problems.map((p) => ({ line: p.line, reason: p.reason }));
  const overlays = new Map<string, CarrierOverlay>();
  const known = /^(network_bands|networks)\.csv$/.test(name);
  const ids = carrierIdMap(options.known ?? loadCarrierCatalog().carriers);
  for (const { line, cells } of rows) {
    const country = (cells.country ?? '').trim().toUpperCase();
    const operator = (cells.operator_id ?? '').trim().toLowerCase();
    if (!/^[A-Z]{2}$/.test(country) || !operator) {
      rejected.push({ line, reason: 'missing country or operator_id' });
      continue;
    }
    const id = ids.idOf({ source: 'band-atlas', country, operatorId: operator });
    const source: Source = { title: known ? 'Band Atlas · Hyper Nexus' : name, ref: `${name}: ${country},${operator}` };
    if (known) Object.assign(source, { url: 'https://www.aiotrf.com/ai/band-atlas/', credit: BAND_ATLAS_CREDIT });
    const overlay = overlays.get(id) ?? { id, country, sources: [source] };
    overlays.set(id, overlay);
    if (layout === 'network-bands') {
      const band = (cells.band ?? '').trim();
      const tech = (cells.tech ?? '').trim().toUpperCase();
      const info = findBand(band);
      const layer = cells.layer?.trim();
      if (!info || (info.tech !== 'LTE' && info.tech !== 'NR') || info.tech !== tech) {
        rejected.push({ line, reason: `unknown ${tech || 'LTE/NR'} band "${band}"` });
        continue;
      }
      if (layer !== 'coverage' && layer !== 'capacity') {
        rejected.push({ line, reason: `layer must be coverage or capacity, got "${layer ?? ''}"` });
        continue;
      }
      const entry: CarrierBand = { band: info.id, layer };
      if (cells.confidence === 'x' || cells.confidence === 's') entry.confidence = cells.confidence;
      const list = (info.tech === 'LTE' ? (overlay.lte ??= []) : (overlay.nr ??= []));
      if (!list.some((b) => b.band === entry.band)) list.push(entry);
    } else {
      if (cells.operator?.trim()) overlay.name = cells.operator.trim();
      if (cells.sa === 'yes' || cells.sa === 'no') overlay.nrSa = cells.sa === 'yes';
      const gsm = status(cells['2g'], cells['2g_date'], cells['2g_source']);
      const umts = status(cells['3g'], cells['3g_date'], cells['3g_source']);
      if (typeof gsm === 'string' || typeof umts === 'string') {
        rejected.push({ line, reason: typeof gsm === 'string' ? `2g: ${gsm}` : `3g: ${umts as string}` });
        continue;
      }
      overlay.gsm = gsm;
      overlay.umts = umts;
    }
  }
  if (rejected.length) {
    rejected.sort((a, b) => a.line - b.line);
    const first = rejected[0]!;
    throw new BandfitError({ code: 'E_IMPORT', kind: 'rejected-row', file: name, line: first.line, reason: first.reason }, { path: [first.line], rejected: rejected.slice(0, 50) });
  }
  // Keep the sources of earlier imports (the bands file and the networks file cite different rows).
  const existing = new Map((await store.carrierOverlays()).map((o) => [o.id, o]));
  for (const overlay of overlays.values()) {
    const before = existing.get(overlay.id)?.sources ?? [];
    const refs = new Set(overlay.sources!.map((s) => s.ref));
    overlay.sources = [...before.filter((s) => !refs.has(s.ref)), ...overlay.sources!];
  }
  await store.upsertCarrierOverlays([...overlays.values()], { sourceFile: name });
  return { file: name, layout, rows: rows.length, carriers: overlays.size, rejected };
}
