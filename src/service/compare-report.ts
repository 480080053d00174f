import type { Benchmark, Carrier, Device, Price, Specs } from '../catalog/types.js';
import { bestVerdict, variantProfile, type BestVerdict } from '../engine/best-verdict.js';

export interface CompareEntry {
  id: string;
  brand: string;
  name: string;
  announced?: string;
  released?: string;
  markets: string[];
  specs: Specs;
  benchmarks: Benchmark[];
  prices: Price[];
  variants: { id: string; label: string; models: string[]; bands: string[]; esim?: boolean; verdict?: BestVerdict }[];
}

/** The documented shape of `bandfit compare --json` and `GET /api/v1/compare`. */
export interface CompareResult {
  /** The day the verdicts are for. */
  asOf: string;
  country?: string;
  devices: CompareEntry[];
}

/** Specs, prices, benchmarks and (with a country) verdicts of several phones side by side. */
export function buildCompareReport(devices: readonly Device[], asOf: string, country?: string, carriers: readonly Carrier[] = []): CompareResult {
  return {
    asOf,
    ...(country ? { country } : {}),
    devices: devices.map((d) => ({
      id: d.id,
      brand: d.brand,
      name: d.name,
      ...(d.announced ? { announced: d.announced } : {}),
      ...(d.released ? { released: d.released } : {}),
      markets: (d.markets ?? []).map((m) => m.country),
      specs: d.specs ?? {},
      benchmarks: d.specs?.benchmarks ?? [],
      prices: d.prices ?? [],
      variants: d.variants.map((v) => ({
        id: v.id,
        label: v.label,
        models: v.models ?? [],
        bands: v.bands,
        ...(v.esim === undefined ? {} : { esim: v.esim }),
        ...(country ? { verdict: bestVerdict(variantProfile(v), carriers, asOf) } : {}),
      })),
    })),
  };
}
