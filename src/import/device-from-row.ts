import { parseDeviceBandFields } from '../bands/parse-device-bands.js';
import type { Device, Source, Variant } from '../catalog/types.js';
import { rowFacts, slugify, splitBrand, type GsmarenaRow } from './gsmarena-row.js';

/** What became of one row: a device, a skipped non-phone, or a rejection with its reason. */
export type RowOutcome =
  | { kind: 'device'; device: Device; bandRow: true }
  | { kind: 'not-phone'; reason: string }
  | { kind: 'rejected'; reason: string; bandRow: boolean };

type BandFields = { gsm?: string; cdma?: string; umts?: string; tdscdma?: string; lte?: string; nr?: string };

/**
 * GSMArena's 2G/3G cells are named by generation, not technology: a CDMA-only phone lists
 * `CDMA 800 / 1900` as 2G and `CDMA2000 1xEV-DO` as 3G, a Chinese one `TD-SCDMA` as 3G.
 * Each cell goes to the parser field of the technology it names.
 */
function bandFields(row: GsmarenaRow): BandFields {
  const fields: BandFields = {};
  const put = (key: keyof BandFields, text: string | undefined) => {
    if (text) fields[key] = fields[key] ? `${fields[key]}; ${text}` : text;
  };
  for (const text of [row.band2g, row.band3g]) {
    if (!text) continue;
    if (/^\s*(cdma|1x|ev-?do)/i.test(text)) put('cdma', text);
    else if (/^\s*td-?scdma/i.test(text)) put('tdscdma', text);
    else put(text === row.band2g ? 'gsm' : 'umts', text);
  }
  put('lte', row.band4g);
  put('nr', row.band5g);
  return fields;
}

/** A variant label that is really a model number list (`A3090`, `7043Y, 7043K`). */
function labelModels(label: string): string[] | undefined {
  const parts = label.split(/\s*,\s*/);
  return parts.every((p) => /^[A-Z0-9][A-Z0-9\-/]{2,}$/.test(p) && /\d/.test(p)) ? parts : undefined;
}

/**
 * Turns one GSMArena row into a `Device`. Rows of devices without a cellular radio (tablets
 * sold Wi-Fi only, watches marked "No cellular connectivity") are not phones and are skipped;
 * a band cell the parser cannot fully read rejects the row, because a partial band list would
 * give wrong verdicts.
 */
export interface RowSource {
  /** `GSMArena specs (data_tidy_2.csv)`. */
  title: string;
  /** File name the rows come from, as cited in `ref`. */
  file: string;
  /** ISO date the file was read. */
  checked: string;
}

export function deviceFromRow(row: GsmarenaRow, id: string, from: RowSource): RowOutcome {
  const fields = bandFields(row);
  const hasBandText = Object.keys(fields).length > 0;
  if (/no cellular connectivity/i.test(row.technology ?? '') || !hasBandText) {
    return { kind: 'not-phone', reason: row.technology ?? 'no band fields' };
  }
  let parsed: ReturnType<typeof parseDeviceBandFields>;
  try {
    parsed = parseDeviceBandFields(fields);
  } catch (error) {
    return { kind: 'rejected', reason: `band fields: ${(error as Error).message}`, bandRow: true };
  }
  if (parsed.unread.length > 0) {
    const first = parsed.unread[0]!;
    const more = parsed.unread.length > 1 ? ` (and ${parsed.unread.length - 1} more)` : '';
    return { kind: 'rejected', reason: `unreadable ${first.field} band text "${first.text}": ${first.reason}${more}`, bandRow: true };
  }
  const withBands = parsed.variants.filter((v) => v.bands.length > 0);
  if (withBands.length === 0) return { kind: 'not-phone', reason: `no cellular bands in "${Object.values(fields).join(' | ')}"` };
  const { brand, name } = splitBrand(row.fullName, row.brand);
  const source: Source = { title: from.title, ref: `${from.file} line ${row.line}: ${row.fullName}`, checked: from.checked };
  const usedIds = new Set<string>();
  const variants: Variant[] = withBands.map((v, i) => {
    const label = v.label ?? 'Unspecified';
    let variantId = `${id}-${slugify(label) || String(i + 1)}`;
    while (usedIds.has(variantId)) variantId += `-${i + 1}`;
    usedIds.add(variantId);
    const variant: Variant = { id: variantId, label, bands: v.bands };
    // Model numbers map to a variant only when the dump names them for it or there is one variant.
    const models = (v.label && labelModels(v.label)) || (withBands.length === 1 ? row.models : undefined);
    if (models) variant.models = models;
    if (v.nrModes?.length) variant.nrModes = v.nrModes;
    return variant;
  });
  const device: Device = { id, brand, name, variants, sources: [source], checked: from.checked, ...rowFacts(row, source) };
  if (row.announced) device.announced = row.announced;
  if (row.released) device.released = row.released;
  if (row.models && withBands.length > 1) device.aliases = row.models;
  // The parser reports technologies named without band numbers (a 4G cell reading just `LTE`).
  const unlisted = [...new Set(parsed.variants.flatMap((v) => v.unlistedTechs ?? []))];
  if (unlisted.length) device.notes = `The source names ${unlisted.join(', ')} without band numbers; those bands are unknown.`;
  return { kind: 'device', device, bandRow: true };
}
