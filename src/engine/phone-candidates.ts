import { countriesNamed } from '../catalog/market-regions.js';
import type { Device, Source, Variant } from '../catalog/types.js';

/** A price from the user's own list (a shop's, an importer's, a buyer's offers), for one phone. */
export interface Offer {
  amount: number;
  currency: string;
  /** The variant the row named by model number; absent when it named the phone. */
  variantId?: string;
  store?: string;
  /** ISO date of the offer, when the list gives one. */
  date?: string;
  /** Line of the list the offer is on (the header is line 1). */
  line: number;
  source: Source;
}

/** Why a phone is not ranked before its verdict is even asked. */
export type LeftOutBefore = 'notSoldThere' | 'unknownMarkets' | 'noEsim' | 'beforeSince' | 'unknownYear' | 'notOnPriceList';

export interface CandidateOptions {
  /** The country asked: without offers only variants meant for it are judged. */
  country?: string;
  /** Only variants the catalog knows have an eSIM. */
  esim?: boolean;
  /** Only phones announced in this year or later. */
  since?: number;
  /** The user's offers by device id: only these phones are ranked, each at its offer. */
  offers?: ReadonlyMap<string, Offer>;
}

/** A variant is meant for a country its markets name (`EU` counts for its members) or its label names (`Europe`, `Canada, Japan`). */
const variantMeantFor = (variant: Variant, country: string): boolean =>
  (variant.markets ?? []).some((m) => countriesNamed(m).includes(country)) || countriesNamed(variant.label).includes(country);

/**
 * Variants meant for a country: those whose markets or label name it, else every variant when
 * the phone's launch markets name it, else none (a China-only phone is not a US phone, however
 * well its bands fit). `Global` and `International` name no country, so they count only
 * through the phone's launch markets, and then before variants made for other countries.
 */
export function variantsMeantFor(device: Device, country: string): Variant[] {
  const local = device.variants.filter((v) => variantMeantFor(v, country));
  if (local.length) return local;
  if (!device.markets?.some((m) => countriesNamed(m.country).includes(country))) return [];
  // Through the launch markets: a variant made for other countries (Redmi Note 7 "China") is
  // not the one sold here when the phone has one that names no country ("Global").
  const unnamed = device.variants.filter((v) => !v.markets?.length && countriesNamed(v.label).length === 0);
  return unnamed.length ? unnamed : device.variants;
}

/** Whether the catalog records any market for the phone: its launch markets, a variant's, or a label naming one. */
const marketsKnown = (device: Device): boolean =>
  Boolean(device.markets?.length) || device.variants.some((v) => Boolean(v.markets?.length) || countriesNamed(v.label).length > 0);

/**
 * The variants of a device to judge, or why it is left out. With offers, the phone is ranked
 * only if the list has it, as the variant its row named (a model number) or as any variant:
 * a shop or importer may sell a phone that was never launched in the country.
 */
export function candidateVariants(device: Device, options: CandidateOptions): Variant[] | LeftOutBefore {
  if (options.since !== undefined) {
    if (!device.announced) return 'unknownYear';
    if (Number(device.announced.slice(0, 4)) < options.since) return 'beforeSince';
  }
  let variants: Variant[];
  if (options.offers) {
    const offer = options.offers.get(device.id);
    if (!offer) return 'notOnPriceList';
    variants = offer.variantId ? device.variants.filter((v) => v.id === offer.variantId) : device.variants;
  } else {
    variants = options.country ? variantsMeantFor(device, options.country) : device.variants;
    if (!variants.length) return marketsKnown(device) ? 'notSoldThere' : 'unknownMarkets';
  }
  if (options.esim) {
    variants = variants.filter((v) => v.esim === true);
    if (!variants.length) return 'noEsim';
  }
  return variants;
}
