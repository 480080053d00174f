import { bandIds, intersect, type BandSet } from '../bands/band-set.js';
import { bandIndex } from '../bands/registry.js';
import type { DataLayer, LegacyLayer } from './carrier-profile.js';
import type { BandCheck, TechVerdict } from './types.js';

/**
 * A verdict's band table for one layer of a carrier (4G, 5G, or a 2G/3G) depends only on which
 * of the layer's rows the phone meets. Each layer's rows are made once per layer object (a
 * carrier profile is made once per carrier), frozen twice, supported and not; and a table is
 * kept, frozen, per layer and pattern of rows met, so phones with the same bands there share
 * it and the HTTP layer writes its JSON once (src/server/check-answer-json.ts). Building
 * `{ ...row, supported }` for every band of every verdict, then writing it, was about a third
 * of a varied `check` answer's CPU time (bench/README.md, apiLoad).
 */
interface LayerRows {
  yes: readonly BandCheck[];
  no: readonly BandCheck[];
  /** The registry index of the band that meets each row (`sameBlockAs`, else its own); -1 for none. */
  index: Int32Array;
  /** Tables by the bit mask of rows met (layers of up to `MASK_ROWS` rows). */
  tables: Map<number, TechVerdict>;
}

/** A row as a layer lists it, before it says whether the phone has the band. */
type Row = Omit<BandCheck, 'supported'>;

/** Rows a mask can describe (a small integer). Longer layers get a new table each time. */
const MASK_ROWS = 30;
/**
 * Tables kept at most, over every layer alive: about 18 MB at the limit. A table held about 380
 * bytes of heap and its JSON (written once by the server) about 540 more, over the 6,099 tables
 * of the starter catalog's variants on every carrier; past the budget, a table is built each
 * time, as for a long layer.
 * A layer's tables leave the count when the layer is collected (a replaced snapshot's carriers).
 */
export const TABLES_KEPT_MAX = 20_000;
let tablesKept = 0;
const released = new FinalizationRegistry<LayerRows>((rows) => {
  tablesKept -= rows.tables.size;
});

const rowsOf = new WeakMap<object, LayerRows>();

function layerRows(layer: object, listed: () => readonly Row[], meets: (row: Row) => string): LayerRows {
  let kept = rowsOf.get(layer);
  if (kept === undefined) {
    const rows = listed();
    kept = {
      yes: rows.map((row) => Object.freeze({ ...row, supported: true })),
      no: rows.map((row) => Object.freeze({ ...row, supported: false })),
      index: Int32Array.from(rows, (row) => bandIndex(meets(row)) ?? -1),
      tables: new Map(),
    };
    rowsOf.set(layer, kept);
    released.register(layer, kept);
  }
  return kept;
}

const has = (set: BandSet, index: number): boolean => index >= 0 && (set[index >>> 5]! & (1 << (index & 31))) !== 0;

/** The mask of rows the phone meets, or -1 when the layer is too long for one. */
function maskOf(rows: LayerRows, phone: BandSet): number {
  if (rows.index.length > MASK_ROWS) return -1;
  let mask = 0;
  for (let i = 0; i < rows.index.length; i++) if (has(phone, rows.index[i]!)) mask |= 1 << i;
  return mask;
}

/** The table kept for this mask, or the one `build` makes (kept, frozen, while the budget lasts). */
function table(rows: LayerRows, mask: number, build: () => TechVerdict): TechVerdict {
  if (mask < 0) return build();
  let kept = rows.tables.get(mask);
  if (kept === undefined) {
    kept = build();
    if (tablesKept >= TABLES_KEPT_MAX) return kept;
    tablesKept++;
    Object.freeze(kept.bands);
    Object.freeze(kept.supported);
    Object.freeze(kept.missing);
    rows.tables.set(mask, Object.freeze(kept));
  }
  return kept;
}

/** The band table of a 4G or 5G layer: `role` is `data` for the layer the level rests on. */
export function dataVerdict(layer: DataLayer, phone: BandSet, role: 'data' | '5g'): TechVerdict {
  // One layer object is judged in one role only (its carrier's 4G, or 5G where there is no 4G).
  const rows = layerRows(layer, () => layer.bands, (b) => b.sameBlockAs ?? b.band);
  return table(rows, maskOf(rows, phone), () => {
    const bands: BandCheck[] = [];
    const supported: string[] = [];
    const missing: string[] = [];
    for (let i = 0; i < rows.index.length; i++) {
      const met = has(phone, rows.index[i]!);
      const row = (met ? rows.yes : rows.no)[i]!;
      bands.push(row);
      // A second number for a block is shown, not counted (docs/verdicts.md).
      if (!row.sameBlockAs) (met ? supported : missing).push(row.band);
    }
    return { tech: layer.tech, state: 'active', role, bands, supported, missing };
  });
}

/** The band table of a 2G/3G layer: its state (and switch-off date) as of the day asked. */
export function legacyVerdict(layer: LegacyLayer, phone: BandSet): TechVerdict {
  const rows = layerRows(layer, () => layer.bands.map((band) => ({ band, role: 'legacy' as const })), (b) => b.band);
  return table(rows, maskOf(rows, phone), () => {
    const supported = bandIds(intersect(phone, layer.set));
    const status = layer.status;
    const bands: BandCheck[] = [];
    const missing: string[] = [];
    for (let i = 0; i < rows.index.length; i++) {
      const met = has(phone, rows.index[i]!);
      bands.push((met ? rows.yes : rows.no)[i]!);
      if (!met) missing.push(layer.bands[i]!);
    }
    // Two literals, not a conditional spread.
    return status.date
      ? { tech: layer.tech, state: status.state, date: status.date, role: 'legacy', bands, supported, missing }
      : { tech: layer.tech, state: status.state, role: 'legacy', bands, supported, missing };
  });
}
