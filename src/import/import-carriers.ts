import { loadCarrierCatalog } from '../catalog/carrier-catalog.js';
import { carrierIdMap, type KnownCarrier } from '../catalog/carrier-ids.js';
import { checkedCarrierRows } from '../catalog/carrier-rows.js';
import { BandfitError } from '../errors.js';
import type { CarrierOverlay, Store } from '../store/store.js';
import type { RejectedRow } from './import-devices.js';
import { bandAtlasLayout, readBandAtlas, type BandAtlasLayout } from './read-band-atlas.js';
import { readCsv } from './read-csv.js';
import { readInputFile } from './read-input-file.js';

export interface CarrierImportReport {
  file: string;
  layout: BandAtlasLayout;
  rows: number;
  carriers: number;
  rejected: RejectedRow[];
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
  // Read: the file's rows, each as a record of one network on the catalog's id.
  const { text, name } = await readInputFile(file);
  const { header, rows, problems } = readCsv(text, name);
  const layout = bandAtlasLayout(header);
  if (!layout) throw new BandfitError({ code: 'E_IMPORT', kind: 'not-band-atlas', file: name }, { path: [1] });
  const read = readBandAtlas(rows, layout, name, carrierIdMap(options.known ?? loadCarrierCatalog().carriers));
  // Validate every row (the one carrier validator), then combine the rows of each network.
  const checked = checkedCarrierRows(read.rows);
  const rejected: RejectedRow[] = [...problems.map((p) => ({ line: p.line, reason: p.reason })), ...read.rejected, ...checked.rejected.map(({ line, problem }) => ({ line, reason: problem.reason }))];
  if (rejected.length) {
    rejected.sort((a, b) => a.line - b.line);
    const first = rejected[0]!;
    throw new BandfitError({ code: 'E_IMPORT', kind: 'rejected-row', file: name, line: first.line, reason: first.reason }, { path: [first.line], rejected: rejected.slice(0, 50) });
  }
  // Merge: into what is stored, keeping the sources of earlier imports (the bands file and the
  // networks file cite different rows); the snapshot lays the overlays over the catalog.
  const overlays: CarrierOverlay[] = checked.records;
  const existing = new Map((await store.carrierOverlays()).map((o) => [o.id, o]));
  for (const overlay of overlays) {
    const before = existing.get(overlay.id)?.sources ?? [];
    const refs = new Set(overlay.sources!.map((s) => s.ref));
    overlay.sources = [...before.filter((s) => !refs.has(s.ref)), ...overlay.sources!];
  }
  await store.upsertCarrierOverlays(overlays, { sourceFile: name });
  return { file: name, layout, rows: rows.length, carriers: overlays.length, rejected };
}
