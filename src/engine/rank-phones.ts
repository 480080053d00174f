import { bandsKnown } from '../catalog/bands-known.js';
import type { Carrier, Device } from '../catalog/types.js';
import { bestVerdict, compareVerdicts, variantProfile, type BestVerdict } from './best-verdict.js';
import { commonBenchmark, performanceIndex, type Performance } from './performance.js';
import { candidateVariants, type CandidateOptions, type LeftOutBefore } from './phone-candidates.js';
import { datedQuote, quoteOffer, quotePrice, type ExchangeRates, type PriceQuote } from './price.js';
import { LEVEL_RANK, type Level } from './types.js';
import { valueScore, valueUnit } from './value-score.js';
import { compareCodes } from '../catalog/compare-names.js';

export type PhoneSort = 'value' | 'performance' | 'price' | 'newest';

export interface RankOptions extends Omit<CandidateOptions, 'country'> {
  currency: string;
  rates: ExchangeRates;
  /**
   * The country asked about: its launch price is preferred and, without offers, only phones
   * with a variant meant for it are ranked.
   */
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
  /** The judged variant has an eSIM (`true`), has none (`false`); absent when the catalog does not know. */
  esim?: boolean;
  price?: PriceQuote;
  performance?: Performance;
  /** Performance points per 100 EUR of price (`valueUnit`); absent when price or performance is unknown. */
  value?: number;
}

export interface RankReport {
  benchmark?: string;
  /** What `value` counts: `performance points per 100 EUR`, the same in every currency. */
  valueUnit: string;
  phones: RankedPhone[];
  /**
   * Phones left out: below the verdict asked, price unknown under a price cap, over it, or with
   * no known band list at all (nothing can be said of them; they are not counted as failing);
   * with no variant meant for the country (`notSoldThere`) or no market recorded at all
   * (`unknownMarkets`: not known to be meant for it, so not ranked), announced before `since` (or in an unknown year),
   * with no known eSIM under `esim`, or not on the user's price list.
   */
  excluded: { unknownPrice: number; overBudget: number; belowVerdict: number; unknownBands: number } & Record<LeftOutBefore, number>;
}

const SORTS: Record<PhoneSort, (a: RankedPhone, b: RankedPhone) => number> = {
  value: (a, b) => (b.value ?? -1) - (a.value ?? -1),
  performance: (a, b) => (b.performance?.score ?? -1) - (a.performance?.score ?? -1),
  price: (a, b) => (a.price?.amount ?? Infinity) - (b.price?.amount ?? Infinity),
  newest: (a, b) => compareCodes(b.announced ?? '', a.announced ?? ''),
};

/**
 * The phones that work on the given carriers, ranked. Value = performance points per 100 EUR of
 * price (docs/value.md), the same figure in every currency; unknown prices or scores are never
 * taken as zero: such phones sort after every ranked one. With `offers`, only the phones on the
 * user's list are ranked, each at its offer.
 */
export function rankPhones(devices: readonly Device[], carriers: readonly Carrier[], options: RankOptions): RankReport {
  const minRank = LEVEL_RANK[options.minLevel ?? 'partial'];
  const benchmark = commonBenchmark(devices);
  const perf = benchmark ? performanceIndex(devices, benchmark) : new Map<string, Performance>();
  const excluded: RankReport['excluded'] = {
    unknownPrice: 0, overBudget: 0, belowVerdict: 0, unknownBands: 0, notSoldThere: 0, unknownMarkets: 0, noEsim: 0, beforeSince: 0, unknownYear: 0, notOnPriceList: 0,
  };
  const phones: RankedPhone[] = [];
  for (const device of devices) {
    if (options.offers && !options.offers.has(device.id)) {
      excluded.notOnPriceList++;
      continue;
    }
    if (!device.variants.some(bandsKnown)) {
      excluded.unknownBands++;
      continue;
    }
    const variants = candidateVariants(device, { ...options, ...(options.market ? { country: options.market } : {}) });
    if (typeof variants === 'string') {
      excluded[variants]++;
      continue;
    }
    let best: { verdict: BestVerdict; variantId: string; variantLabel: string; esim?: boolean } | undefined;
    for (const variant of variants) {
      const verdict = bestVerdict(variantProfile(variant), carriers, options.asOf);
      if (!best || compareVerdicts(verdict, best.verdict) < 0) best = { verdict, variantId: variant.id, variantLabel: variant.label, ...(variant.esim !== undefined ? { esim: variant.esim } : {}) };
    }
    if (!best || LEVEL_RANK[best.verdict.level] < minRank) {
      excluded.belowVerdict++;
      continue;
    }
    const offer = options.offers?.get(device.id);
    const quote = offer ? quoteOffer(offer, options.market ?? '', options.currency, options.rates) : quotePrice(device, options.currency, options.rates, options.market);
    const price = quote && datedQuote(quote, device, options.asOf);
    if (options.maxPrice !== undefined) {
      if (!price) { excluded.unknownPrice++; continue; }
      if (price.amount > options.maxPrice) { excluded.overBudget++; continue; }
    }
    const performance = perf.get(device.id);
    const value = price && performance ? valueScore(performance.score, price.from.amount, price.from.currency, options.rates) : undefined;
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
  phones.sort((a, b) => sort(a, b) || compareVerdicts(a.verdict, b.verdict) || compareCodes(a.deviceId, b.deviceId));
  return { ...(benchmark ? { benchmark } : {}), valueUnit: valueUnit(options.rates), phones: options.limit ? phones.slice(0, options.limit) : phones, excluded };
}
