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
 * keep only the first regional band line. Rows the band parser cannot fully read are skipped.
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
      for (const fullName of new Set([row.fullName, row.fullName.replace(/\s*\([^)]*\)\s*$/, '')])) {
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
      const onlyInDump = [...dumpBands].filter((b) => !variant.bands.includes(b));
      const onlyInCurated = variant.bands.filter((b) => !dumpBands.has(b));
      if (onlyInDump.length || onlyInCurated.length) {
        out.push({ deviceId: device.id, dumpRow: `${name} line ${row.line}: ${row.fullName}`, variantId: variant.id, onlyInDump, onlyInCurated });
      }
    }
  }
  return { compared, disagreements: out };
}
