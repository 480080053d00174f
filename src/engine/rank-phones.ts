import { bandsKnown } from '../catalog/bands-known.js';
import type { Carrier, Device } from '../catalog/types.js';
import { bestVerdict, compareVerdicts, variantProfile, type BestVerdict } from './best-verdict.js';
import { commonBenchmark, performanceIndex, type Performance } from './performance.js';
import { quotePrice, type ExchangeRates, type PriceQuote } from './price.js';
import { LEVEL_RANK, type Level } from './types.js';

export type PhoneSort = 'value' | 'performance' | 'price' | 'newest';

export interface RankOptions {
  currency: string;
  rates: ExchangeRates;
  /** Market whose launch price is preferred (the country asked about). */
  market?: string;
  maxPrice?: number;
  minLevel?: Level;
  sort?: PhoneSort;
  limit?: number;
  /** Judge each carrier as it stands on this day (`YYYY-MM-DD`). */
  asOf?: string;
}

export interface RankedPhone {
  deviceId: string;
  brand: string;
  name: string;
  announced?: string;
  variantId: string;
  variantLabel: string;
  verdict: BestVerdict;
  price?: PriceQuote;
  performance?: Performance;
  /** Performance points per unit of currency; absent when price or performance is unknown. */
  value?: number;
}

export interface RankReport {
  benchmark?: string;
  phones: RankedPhone[];
  /**
   * Phones left out: below the verdict asked, price unknown under a price cap, over it, or with
   * no known band list at all (nothing can be said of them; they are not counted as failing).
   */
  excluded: { unknownPrice: number; overBudget: number; belowVerdict: number; unknownBands: number };
}

const SORTS: Record<PhoneSort, (a: RankedPhone, b: RankedPhone) => number> = {
  value: (a, b) => (b.value ?? -1) - (a.value ?? -1),
  performance: (a, b) => (b.performance?.score ?? -1) - (a.performance?.score ?? -1),
  price: (a, b) => (a.price?.amount ?? Infinity) - (b.price?.amount ?? Infinity),
  newest: (a, b) => (b.announced ?? '').localeCompare(a.announced ?? ''),
};

/**
 * The phones that work on the given carriers, ranked. Value = performance score / price in
 * the asked currency (docs/value.md); unknown prices or scores are never taken as zero: such
 * phones sort after every ranked one.
 */
export function rankPhones(devices: readonly Device[], carriers: readonly Carrier[], options: RankOptions): RankReport {
  const minRank = LEVEL_RANK[options.minLevel ?? 'partial'];
  const benchmark = commonBenchmark(devices);
  const perf = benchmark ? performanceIndex(devices, benchmark) : new Map<string, Performance>();
  const excluded = { unknownPrice: 0, overBudget: 0, belowVerdict: 0, unknownBands: 0 };
  const phones: RankedPhone[] = [];
  for (const device of devices) {
    if (!device.variants.some(bandsKnown)) {
      excluded.unknownBands++;
      continue;
    }
    let best: { verdict: BestVerdict; variantId: string; variantLabel: string } | undefined;
    for (const variant of device.variants) {
      const verdict = bestVerdict(variantProfile(variant), carriers, options.asOf);
      if (!best || compareVerdicts(verdict, best.verdict) < 0) best = { verdict, variantId: variant.id, variantLabel: variant.label };
    }
    if (!best || LEVEL_RANK[best.verdict.level] < minRank) {
      excluded.belowVerdict++;
      continue;
    }
    const price = quotePrice(device, options.currency, options.rates, options.market);
    if (options.maxPrice !== undefined) {
      if (!price) { excluded.unknownPrice++; continue; }
      if (price.amount > options.maxPrice) { excluded.overBudget++; continue; }
    }
    const performance = perf.get(device.id);
    const value = price && performance && price.amount > 0 ? Math.round((performance.score / price.amount) * 100) / 100 : undefined;
    phones.push({
      deviceId: device.id,
      brand: device.brand,
      name: device.name,
      ...(device.announced ? { announced: device.announced } : {}),
      ...best,
      ...(price ? { price } : {}),
      ...(performance ? { performance } : {}),
      ...(value !== undefined ? { value } : {}),
    });
  }
  const sort = SORTS[options.sort ?? 'value'];
  phones.sort((a, b) => sort(a, b) || compareVerdicts(a.verdict, b.verdict) || a.deviceId.localeCompare(b.deviceId));
  return { ...(benchmark ? { benchmark } : {}), phones: options.limit ? phones.slice(0, options.limit) : phones, excluded };
}
