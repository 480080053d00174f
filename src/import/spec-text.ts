/**
 * Readers for GSMArena's free-text spec cells, shared by the CSV and JSON layouts. Each
 * returns `undefined` for text it does not recognise: a missing spec is better than a wrong one.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * `2017, April` → `2017-04`; `2020, February 11` → `2020-02-11`; `2018` → `2018`;
 * `Available. Released 2017, April` → `2017-04`. Quarters and "Exp." announcements give the year
 * only or nothing.
 */
export function gsmarenaDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/exp\.|expected|cancel|not officially/i.test(text)) return undefined;
  const released = /released\s+(.*)$/i.exec(text);
  const body = released ? released[1]! : text;
  const match = /(\d{4})(?:,\s*([A-Za-z]+)(?:\s+(\d{1,2}))?)?/.exec(body);
  if (!match) return undefined;
  const month = match[2] ? MONTHS.indexOf(match[2].toLowerCase()) + 1 : 0;
  if (month === 0) return match[1];
  const mm = String(month).padStart(2, '0');
  return match[3] ? `${match[1]}-${mm}-${match[3].padStart(2, '0')}` : `${match[1]}-${mm}`;
}

function sortedUnique(values: number[]): number[] | undefined {
  const list = [...new Set(values)].sort((a, b) => a - b);
  return list.length ? list : undefined;
}

/** data_tidy_2.csv's MEMORY_* cells count KiB (33554432 = 32 GB); → GB, rounded to 1/100. */
export function kibToGb(text: string | undefined): number[] | undefined {
  const kib = Number(text);
  if (!text || !Number.isFinite(kib) || kib <= 0) return undefined;
  return [Math.round((kib / 1024 / 1024) * 100) / 100];
}

/** `64GB 4GB RAM, 128GB 6GB RAM` → storage [64, 128], RAM [4, 6] (MB and TB converted). */
export function memoryTiers(text: string | undefined): { ramGb?: number[]; storageGb?: number[] } {
  if (!text) return {};
  const ram: number[] = [];
  const storage: number[] = [];
  const size = (n: string, unit: string) => Math.round(Number(n) * ({ MB: 1 / 1024, GB: 1, TB: 1024 } as Record<string, number>)[unit.toUpperCase()]! * 1000) / 1000;
  for (const tier of text.split(/,|\bor\b/)) {
    const storageMatch = /^\s*(\d+(?:\.\d+)?)\s*(MB|GB|TB)\b(?!\s*RAM)/i.exec(tier);
    if (storageMatch) storage.push(size(storageMatch[1]!, storageMatch[2]!));
    const ramMatch = /(\d+(?:\.\d+)?)\s*(MB|GB)\s+RAM/i.exec(tier);
    if (ramMatch) ram.push(size(ramMatch[1]!, ramMatch[2]!));
  }
  const out: { ramGb?: number[]; storageGb?: number[] } = {};
  const ramGb = sortedUnique(ram);
  const storageGb = sortedUnique(storage);
  if (ramGb) out.ramGb = ramGb;
  if (storageGb) out.storageGb = storageGb;
  return out;
}

/** A positive number at the start of the cell: `5.15 inches, 73.1 cm2` → 5.15. */
export function leadingNumber(text: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(text ?? '');
  const value = match ? Number(match[1]) : NaN;
  return value > 0 ? value : undefined;
}

/** `1080 x 1920 pixels, 16:9 ratio` → `1080x1920`. */
export function resolution(text: string | undefined): string | undefined {
  const match = /(\d{2,5})\s*x\s*(\d{2,5})\s*pixels/i.exec(text ?? '');
  return match ? `${match[1]}x${match[2]}` : undefined;
}

/** `Li-Po 3350 mAh, non-removable` → 3350. */
export function batteryMah(text: string | undefined): number | undefined {
  const match = /(\d{3,5})\s*mAh/i.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The euro amount of a GSMArena price cell: `About 330 EUR`, `$ 644.99 / € 699.99 / £ 648.99`. */
export function euroPrice(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match = /€\s*([\d,]+(?:\.\d+)?)/.exec(text) ?? /([\d,]+(?:\.\d+)?)\s*EUR\b/.exec(text);
  const value = match ? Number(match[1]!.replace(/,/g, '')) : NaN;
  return value > 0 ? value : undefined;
}

/** `AnTuTu: 525029 (v8)` → { score: 525029, version: 'v8' }. */
export function antutu(text: string | undefined): { score: number; version: string } | undefined {
  const match = /AnTuTu:\s*(\d+)\s*\((v[\d.]+)\)/i.exec(text ?? '');
  return match ? { score: Number(match[1]), version: match[2]! } : undefined;
}

/**
 * The first chipset of a cell the scrape concatenated without separators
 * (`Exynos 990 (7 nm+) - GlobalQualcomm SM8250 … - USA` → `Exynos 990 (7 nm+)`).
 */
export function firstChipset(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  return value.split(/\s+-\s+/)[0]!.trim() || undefined;
}

/** `SM-G980, SM-G980F, SM-G980F/DS` → the list. */
export function modelList(text: string | undefined): string[] | undefined {
  const list = (text ?? '')
    .split(/,/)
    .map((m) => m.trim())
    .filter((m) => m.length > 1 && m.length < 40);
  return list.length ? [...new Set(list)] : undefined;
}
