import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { matchKey } from '../catalog/device-search.js';
import type { Device, Variant } from '../catalog/types.js';
import { detectFormat } from './detect-format.js';
import { deviceFromRow } from './device-from-row.js';
import { splitBrand } from './gsmarena-row.js';
import { readRecords } from './read-records.js';

/** One curated device whose band list differs from a GSMArena dump's row for it. */
export interface BandDisagreement {
  deviceId: string;
  /** `data_tidy_2.csv line 11884: Xiaomi Mi 6`. */
  dumpRow: string;
  /** The curated variant closest to the dump's line (dumps keep only the first regional line). */
  variantId: string;
  /** Bands the dump lists that the curated variant does not. */
  onlyInDump: string[];
  /** Bands the curated variant lists that the dump does not. */
  onlyInCurated: string[];
  /** True when the device's `notes` explain every band of it (see `explainsBands`). */
  explained: boolean;
}

/** Technology of a registry band id: `GSM900` → `GSM`, `BC0` → `BC`, `U1` → `U`, `TD34` → `TD`, `B3` → `B`, `n78` → `n`. */
function technology(band: string): string {
  return /^(GSM|BC|TD|U|B|n)/.exec(band)?.[1] ?? band;
}

/**
 * True when `notes` explain a disagreement over `bands`: every band id appears as a whole word in
 * a sentence of `notes` that mentions the dumps ("The 2021 dump lists U6 from ..."). Keeping the
 * explanation in the prose notes keeps one place for disagreements and lets the report check it.
 */
export function explainsBands(notes: string | undefined, bands: readonly string[]): boolean {
  const sentences = (notes ?? '').split(/(?<=\.)\s+/).filter((s) => /\bdumps?\b/i.test(s));
  return bands.every((band) => sentences.some((s) => new RegExp(`(?<![\\w/-])${band}(?![\\w-])`).test(s)));
}

function closestVariant(variants: readonly Variant[], bands: ReadonlySet<string>): Variant {
  let best = variants[0]!;
  let bestScore = -1;
  for (const variant of variants) {
    const common = variant.bands.filter((b) => bands.has(b)).length;
    const score = common / (variant.bands.length + bands.size - common || 1);
    if (score > bestScore) [best, bestScore] = [variant, score];
  }
  return best;
}

/**
 * Compares the curated devices' band lists with GSMArena dumps (the files in ../shared/data),
 * matching rows to devices by normalised name or alias (`Xiaomi Mi 6` ↔ `xiaomi-mi-6`, also
 * without a trailing `(Mi 6X)` and without the dump's brand when the curated brand appears in
 * the name). Each dump row is compared with the curated variant closest to it, because dumps
 * keep only the first regional band line. Rows the band parser cannot fully read are skipped,
 * and a technology the row names no band of is not compared. Each disagreement says whether the
 * device's `notes` explain it (docs/data-devices.md, "Disagreements with the dumps").
 */
export async function compareWithDumps(curated: readonly Device[], files: readonly string[]): Promise<{ compared: number; disagreements: BandDisagreement[] }> {
  const byKey = new Map<string, Device>();
  for (const device of curated) {
    for (const name of [`${device.brand} ${device.name}`, ...(device.aliases ?? [])]) byKey.set(matchKey(name), device);
  }
  const out: BandDisagreement[] = [];
  let compared = 0;
  for (const file of files) {
    const name = basename(file);
    const text = await readFile(file, 'utf8');
    const records = readRecords(text, name, detectFormat(text, name));
    for (const record of records) {
      if (!('row' in record)) continue;
      const row = record.row;
      let device: Device | undefined;
      // A trailing year names another phone (`Motorola Edge (2022)` is not the 2020 Edge).
      for (const fullName of new Set([row.fullName, row.fullName.replace(/\s*\((?!\d{4}\))[^)]*\)\s*$/, '')])) {
        device = byKey.get(matchKey(fullName));
        const short = device ? undefined : byKey.get(matchKey(splitBrand(fullName, row.brand).name));
        if (!device && short && matchKey(fullName).includes(matchKey(short.brand))) device = short;
        if (device) break;
      }
      if (!device) continue;
      const outcome = deviceFromRow(row, device.id, { title: name, file: name, checked: '' });
      if (outcome.kind !== 'device') continue;
      compared++;
      const dumpBands = new Set(outcome.device.variants.flatMap((v) => v.bands));
      const variant = closestVariant(device.variants, dumpBands);
      // A row naming no band of a technology says nothing about it: the dumps drop CDMA and
      // TD-SCDMA lines, and some rows give `LTE (unspecified)` or `SA/NSA` without numbers.
      const listed = new Set([...dumpBands].map(technology));
      const onlyInDump = [...dumpBands].filter((b) => !variant.bands.includes(b));
      const onlyInCurated = variant.bands.filter((b) => !dumpBands.has(b) && listed.has(technology(b)));
      if (onlyInDump.length || onlyInCurated.length) {
        const explained = explainsBands(device.notes, [...onlyInDump, ...onlyInCurated]);
        out.push({ deviceId: device.id, dumpRow: `${name} line ${row.line}: ${row.fullName}`, variantId: variant.id, onlyInDump, onlyInCurated, explained });
      }
    }
  }
  return { compared, disagreements: out };
}
