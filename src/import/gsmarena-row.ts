import type { Benchmark, Device, Price, Source, Specs } from '../catalog/types.js';

/**
 * What the importer reads from one GSMArena record, whichever layout it came in
 * (data_tidy_2.csv, the foykes brand files, JSON). Band cells stay raw text here:
 * `device-from-row.ts` turns them into band ids through `parseDeviceBandFields`.
 */
export interface GsmarenaRow {
  /** File line (CSV) or record number (JSON), for reports and source refs. */
  line: number;
  /** GSMArena's full name, brand included: `Xiaomi Mi 6`. */
  fullName: string;
  brand: string;
  technology?: string;
  band2g?: string;
  band3g?: string;
  band4g?: string;
  band5g?: string;
  announced?: string;
  released?: string;
  models?: string[];
  specs: Specs;
  /** Euro price as the dump gives it (`MISC_Price_Euro`, `About 330 EUR`). */
  priceEur?: number;
  antutu?: { score: number; version: string };
}

/** `Xiaomi Mi 6` → `xiaomi-mi-6`; `+` is spelt out so `S20` and `S20+` stay apart. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits `Xiaomi Mi 6` into brand `Xiaomi` and name `Mi 6`, keeping the brand's own spelling. */
export function splitBrand(fullName: string, brandHint: string): { brand: string; name: string } {
  const hint = brandHint.trim();
  if (hint && fullName.toLowerCase().startsWith(`${hint.toLowerCase()} `)) {
    return { brand: fullName.slice(0, hint.length), name: fullName.slice(hint.length + 1).trim() };
  }
  const brand = hint ? hint[0]!.toUpperCase() + hint.slice(1) : fullName.split(' ')[0]!;
  return { brand, name: fullName };
}

/** Specs, prices and benchmarks of a row, each citing the dataset file and line. */
export function rowFacts(row: GsmarenaRow, source: Source): Pick<Device, 'prices' | 'specs'> {
  const out: Pick<Device, 'prices' | 'specs'> = {};
  const specs: Specs = { ...row.specs };
  if (row.antutu) {
    const benchmark: Benchmark = { name: 'AnTuTu', version: row.antutu.version, score: row.antutu.score, source };
    specs.benchmarks = [benchmark];
  }
  if (Object.keys(specs).length) out.specs = specs;
  if (row.priceEur !== undefined) {
    // GSMArena's price cell is an approximate euro price, not a dated launch price.
    const price: Price = { amount: row.priceEur, currency: 'EUR', market: 'EU', source: { ...source, ref: `${source.ref} (approximate price as listed)` } };
    out.prices = [price];
  }
  return out;
}
