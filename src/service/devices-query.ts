import { sortByName } from '../catalog/compare-names.js';
import { searchDevices, type DeviceMatch } from '../catalog/device-search.js';
import type { Device, Variant } from '../catalog/types.js';
import { checkLimit, MAX_DEVICES_LIMIT } from './query-limits.js';
import type { DevicesParams } from './query-schemas.js';
import type { Snapshot } from './snapshot.js';

/** How a phone matched a search (`model` for an exact model number, ... `partial` for a prefix). */
export type MatchedBy = DeviceMatch['by'];

/** A phone as the search list shows it: enough to pick it and its variant, no band lists. */
export interface DeviceSummary {
  id: string;
  brand: string;
  name: string;
  announced?: string;
  by?: MatchedBy;
  /** The variant a model-number query named. */
  variant?: string;
  variants: { id: string; label: string; models: string[]; markets: string[] }[];
}

/** The documented shape of `GET /api/v1/devices` (docs/api.md). */
export interface DevicesResult {
  query: string;
  /** Phones in the snapshot, not matches. */
  total: number;
  devices: DeviceSummary[];
}

/** The parameters of `devices`; `brand` keeps one brand's phones (the CLI's `--brand`). */
export type DevicesQuery = DevicesParams & { brand?: string };

/** A phone the query found: the variant a model number named, and how it matched (absent when listed, not searched). */
export interface FoundDevice {
  device: Device;
  variant?: Variant;
  by?: MatchedBy;
}

/**
 * The phones a `devices` query finds: with `q`, the search (exact model numbers, exact names,
 * then fuzzy: `searchDevices`), at most `limit` (default 10); without, every phone by brand and
 * name, the first `limit` when one is given.
 */
export function findDevices(data: Snapshot, q: DevicesQuery): FoundDevice[] {
  const brand = q.brand?.toLowerCase();
  const pool = brand === undefined ? data.devices : data.devices.filter((d) => d.brand.toLowerCase() === brand);
  if (q.q?.trim()) return searchDevices(q.q, pool, q.limit ?? 10).map((m) => ({ device: m.device, by: m.by, ...(m.variant ? { variant: m.variant } : {}) }));
  // A whole store's phones are thousands: each name's collation key is made once.
  const sorted = sortByName(pool, (d) => `${d.brand} ${d.name}`);
  return (q.limit === undefined ? sorted : sorted.slice(0, q.limit)).map((device) => ({ device }));
}

/** The summary of a found phone. */
export function deviceSummary({ device, variant, by }: FoundDevice): DeviceSummary {
  return {
    id: device.id,
    brand: device.brand,
    name: device.name,
    ...(device.announced ? { announced: device.announced } : {}),
    ...(by ? { by } : {}),
    ...(variant ? { variant: variant.id } : {}),
    variants: device.variants.map((v) => ({ id: v.id, label: v.label, models: v.models ?? [], markets: v.markets ?? [] })),
  };
}

/**
 * `devices`: phones by name or model number (the pickers' autocomplete), 10 unless `limit`.
 *
 * @example
 * devicesQuery(snapshot, { q: 'MCE16' }).devices[0]; // { id: 'xiaomi-mi-6', by: 'model', variant: 'xiaomi-mi-6-cn', ... }
 */
export function devicesQuery(data: Snapshot, q: DevicesQuery): DevicesResult {
  checkLimit(q.limit, MAX_DEVICES_LIMIT);
  const found = findDevices(data, { ...q, limit: q.limit ?? 10 });
  return { query: q.q ?? '', total: data.devices.length, devices: found.map(deviceSummary) };
}
