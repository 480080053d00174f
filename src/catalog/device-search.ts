import MiniSearch from 'minisearch';
import { BandfitError } from '../errors.js';
import type { Device, Variant } from './types.js';

/** A search hit: the device, and the variant when the query named one (a model number). */
export interface DeviceMatch {
  device: Device;
  variant?: Variant;
  /**
   * `model` and `name` are exact matches; `fuzzy` matched every word of the query in the
   * full-text index; `partial` only some words (offered when nothing else matches).
   */
  by: 'model' | 'name' | 'fuzzy' | 'partial';
  score: number;
}

/** What `resolveDevice` settles on. `variant` is absent when the device has several and the query did not pick one. */
export interface ResolvedDevice {
  device: Device;
  variant?: Variant;
}

/** Exact-match key: case, spaces and punctuation ignored, `+` spelt out (`Pro+` ≠ `Pro`). */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/\+/g, 'plus').replace(/[^a-z0-9]/g, '');
}

/** Words split at letter/digit boundaries, so `note13` meets `Note 13` and `s23` meets `S23`. */
function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/\+/g, ' plus ').match(/[a-z]+|[0-9]+/g) ?? [];
}

const fullName = (d: Device) => `${d.brand} ${d.name}`;

interface Index {
  fuzzy: MiniSearch;
  byId: Map<string, Device>;
  byName: Map<string, Device[]>;
  byModel: Map<string, { device: Device; variant: Variant }[]>;
}

const cache = new WeakMap<readonly Device[], Index>();

function buildIndex(devices: readonly Device[]): Index {
  const cached = cache.get(devices);
  if (cached) return cached;
  const fuzzy = new MiniSearch({ fields: ['fullName', 'aliases'], tokenize, searchOptions: { tokenize } });
  const byId = new Map<string, Device>();
  const byName = new Map<string, Device[]>();
  const byModel = new Map<string, { device: Device; variant: Variant }[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => key && map.set(key, [...(map.get(key) ?? []), value]);
  for (const device of devices) {
    byId.set(device.id, device);
    fuzzy.add({ id: device.id, fullName: fullName(device), aliases: (device.aliases ?? []).join(' ') });
    const names = new Set([device.name, fullName(device), device.id, ...(device.aliases ?? [])].map(matchKey));
    for (const name of names) add(byName, name, device);
    for (const variant of device.variants) for (const model of variant.models ?? []) add(byModel, matchKey(model), { device, variant });
  }
  const index = { fuzzy, byId, byName, byModel };
  cache.set(devices, index);
  return index;
}

/**
 * Finds devices by name or model number, best match first: exact model numbers (`MCE16`,
 * `SM-S911U`), then exact names and aliases (`Xiaomi Mi 6`, `mi 6`), then fuzzy name matches
 * (`redmi note13 pro+`, `s23`) where every word must match, prefix on the last word, small
 * typos forgiven in words of four letters or more.
 *
 * @example
 * searchDevices('galaxy s23', devices)[0]?.device.id; // 'samsung-galaxy-s23'
 */
export function searchDevices(query: string, devices: readonly Device[], limit = 10): DeviceMatch[] {
  const index = buildIndex(devices);
  const key = matchKey(query);
  if (!key) return [];
  const out: DeviceMatch[] = [];
  const seen = new Set<string>();
  for (const { device, variant } of index.byModel.get(key) ?? []) {
    out.push({ device, variant, by: 'model', score: Infinity });
    seen.add(device.id);
  }
  for (const device of index.byName.get(key) ?? []) {
    if (seen.has(device.id)) continue;
    out.push({ device, by: 'name', score: Infinity });
    seen.add(device.id);
  }
  const options = {
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    fuzzy: (term: string) => (term.length > 3 ? 0.2 : false),
    boost: { fullName: 2 },
  };
  let by: DeviceMatch['by'] = 'fuzzy';
  let hits = index.fuzzy.search(query, { ...options, combineWith: 'AND' });
  if (hits.length === 0 && out.length === 0) {
    by = 'partial';
    hits = index.fuzzy.search(query, { ...options, combineWith: 'OR' });
  }
  for (const hit of hits) {
    if (out.length >= limit) break;
    if (seen.has(String(hit.id))) continue;
    seen.add(String(hit.id));
    out.push({ device: index.byId.get(String(hit.id))!, by, score: hit.score });
  }
  return out.slice(0, limit);
}

function describe(match: ResolvedDevice): string {
  return match.variant ? `${fullName(match.device)} (${match.variant.label}, ${match.variant.id})` : `${fullName(match.device)} (${match.device.id})`;
}

/** Fuzzy hits settle a query only when the best scores at least twice the runner-up. */
const CLEAR_LEAD = 2;

/**
 * One device for a query, or an error instead of a guess: an exact model number or name wins
 * over fuzzy matches ("Xiaomi Mi 6" is the Mi 6, never the Mi 6X); several exact matches, or
 * fuzzy matches without a clear leader, throw `E_AMBIGUOUS_DEVICE` listing the candidates in
 * `details.candidates`; no match throws `E_UNKNOWN_DEVICE` with suggestions.
 *
 * @example
 * resolveDevice('MCE16', devices); // { device: Mi 6, variant: China }
 */
export function resolveDevice(query: string, devices: readonly Device[]): ResolvedDevice {
  if (!matchKey(query)) throw new BandfitError('E_BAD_INPUT', 'Device name is empty', { path: ['device'] });
  const found = searchDevices(query, devices, 12);
  const matches = found.filter((m) => m.by !== 'partial');
  const exact = matches.filter((m) => m.by !== 'fuzzy');
  const single = (m: DeviceMatch): ResolvedDevice => {
    const variant = m.variant ?? (m.device.variants.length === 1 ? m.device.variants[0] : undefined);
    return variant ? { device: m.device, variant } : { device: m.device };
  };
  const ambiguous = (list: DeviceMatch[]) => {
    const candidates = list.map((m) => ({ id: m.device.id, name: fullName(m.device), variant: m.variant?.id }));
    return new BandfitError('E_AMBIGUOUS_DEVICE', `"${query}" matches several devices: ${list.map((m) => describe(m)).join('; ')}`, {
      candidates,
      suggestions: candidates.map((c) => c.name),
    });
  };
  if (exact.length === 1) return single(exact[0]!);
  if (exact.length > 1) throw ambiguous(exact);
  const [best, second] = matches;
  if (best && (!second || best.score >= CLEAR_LEAD * second.score)) return single(best);
  if (best) throw ambiguous(matches.slice(0, 8));
  throw new BandfitError('E_UNKNOWN_DEVICE', `No device matches "${query}"`, {
    suggestions: found.slice(0, 5).map((m) => fullName(m.device)),
  });
}
