import type { Carrier, Device } from '../catalog/types.js';
import { bestVerdict, compareVerdicts, variantProfile, type BestVerdict } from './best-verdict.js';
import { LEVEL_RANK, type Level } from './types.js';

export interface TripStop extends BestVerdict {
  country: string;
}

export interface TripPhone {
  deviceId: string;
  name: string;
  variantId: string;
  variantLabel: string;
  stops: TripStop[];
  /** The worst of the per-country best verdicts: the trip is only as good as its worst stop. */
  worst: Level;
  /** Mean of the per-country best scores (unknown counts as 0). */
  meanScore: number;
}

export interface TripReport {
  countries: string[];
  phones: TripPhone[];
  /** The phone that works best across the whole trip, if any works at all. */
  best?: string;
}

/**
 * For each phone (its best variant for the whole trip) and each country: the best carrier
 * and verdict; the phones ranked by their worst stop, then by mean score. With `asOf`, each
 * carrier as it stands that day.
 */
export function planTrip(devices: readonly Device[], countries: readonly string[], carriersByCountry: ReadonlyMap<string, readonly Carrier[]>, asOf?: string): TripReport {
  const phones: TripPhone[] = [];
  for (const device of devices) {
    let bestPhone: TripPhone | undefined;
    for (const variant of device.variants) {
      const profile = variantProfile(variant);
      const stops = countries.map((country) => ({ country, ...bestVerdict(profile, carriersByCountry.get(country) ?? [], asOf) }));
      const worst = stops.reduce<Level>((w, s) => (LEVEL_RANK[s.level] < LEVEL_RANK[w] ? s.level : w), 'full');
      const meanScore = Math.round((stops.reduce((sum, s) => sum + (s.score ?? 0), 0) / Math.max(stops.length, 1)) * 100) / 100;
      const candidate: TripPhone = { deviceId: device.id, name: `${device.brand} ${device.name}`, variantId: variant.id, variantLabel: variant.label, stops, worst, meanScore };
      if (!bestPhone || rankTrip(candidate, bestPhone) < 0) bestPhone = candidate;
    }
    if (bestPhone) phones.push(bestPhone);
  }
  phones.sort(rankTrip);
  const top = phones[0];
  return { countries: [...countries], phones, ...(top && top.worst !== 'none' && top.worst !== 'unknown' ? { best: top.deviceId } : {}) };
}

function rankTrip(a: TripPhone, b: TripPhone): number {
  return compareVerdicts({ level: a.worst, score: a.meanScore }, { level: b.worst, score: b.meanScore });
}
