import type { Carrier, Device } from '../catalog/types.js';
import { bestVerdict, compareVerdicts, variantProfile, type BestVerdict } from './best-verdict.js';
import type { Level } from './types.js';
import { compareCodes } from '../catalog/compare-names.js';

export interface CountryFit extends BestVerdict {
  country: string;
  /** Officially sold there (device or variant markets). */
  sold: boolean;
  /** First official sale there, where known. */
  since?: string;
  /** The variant with the best verdict there. */
  variantId: string;
  variantLabel: string;
}

export interface WhereReport {
  deviceId: string;
  /** Every country where it is sold officially: the device's markets by first-sale date, then its variants'. */
  launchMarkets: string[];
  countries: CountryFit[];
  summary: Record<Level, number>;
}

/**
 * For every country with carriers: whether the phone is sold there and the best verdict any
 * of its variants gets among the country's carriers, with every carrier's verdict; with
 * `asOf`, each carrier as it stands that day.
 *
 * @example
 * whereItWorks(mi6, carriersByCountry).countries.find((c) => c.country === 'CN')?.level; // 'full'
 */
export function whereItWorks(device: Device, carriersByCountry: ReadonlyMap<string, readonly Carrier[]>, asOf?: string): WhereReport {
  const profiles = device.variants.map((variant) => ({ variant, profile: variantProfile(variant) }));
  const markets = new Map((device.markets ?? []).map((m) => [m.country, m.date]));
  const countries: CountryFit[] = [];
  for (const [country, carriers] of carriersByCountry) {
    let best: (BestVerdict & { variantId: string; variantLabel: string }) | undefined;
    for (const { variant, profile } of profiles) {
      const verdict = { ...bestVerdict(profile, carriers, asOf), variantId: variant.id, variantLabel: variant.label };
      if (!best || compareVerdicts(verdict, best) < 0) best = verdict;
    }
    if (!best) continue;
    const sold = markets.has(country) || device.variants.some((v) => v.markets?.includes(country));
    const since = markets.get(country);
    countries.push({ country, sold, ...(since ? { since } : {}), ...best });
  }
  countries.sort((a, b) => Number(b.sold) - Number(a.sold) || compareVerdicts(a, b) || compareCodes(a.country, b.country));
  const summary: Record<Level, number> = { full: 0, partial: 0, limited: 0, none: 0, unknown: 0 };
  for (const c of countries) summary[c.level]++;
  // Every country the table marks as sold, so the header's count and the table agree: the
  // device's markets by first-sale date (undated last), then those only its variants name.
  const byDate = [...(device.markets ?? [])].sort((a, b) => compareCodes(a.date ?? '9999', b.date ?? '9999'));
  const launchMarkets = [...new Set([...byDate.map((m) => m.country), ...countries.filter((c) => c.sold).map((c) => c.country)])];
  return { deviceId: device.id, launchMarkets, countries, summary };
}
