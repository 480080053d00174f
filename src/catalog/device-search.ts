import MiniSearch from 'minisearch';
import { foldKey } from './fold-name.js';
import type { Device, Variant } from './types.js';

/** A search hit: the device, and the variant when the query named one (a model number). */
export interface DeviceMatch {
  device: Device;
  variant?: Variant;
  /**
   * `model` and `name` are exact matches (model number; full name, alias or id); `name-end` is
   * the query word for word as the end of the full name (`s23` for Samsung Galaxy S23 and for
   * itel S23, `mi 6` for Xiaomi Mi 6); `fuzzy` matched every word of the query in the
   * full-text index; `family` is a model number of the same family as the query's but of
   * another region (`SM-S911U` asked, `SM-S911B` known: its bands may differ, so it is never
   * taken for the query); `partial` only some words (offered when nothing else matches).
   */
  by: 'model' | 'name' | 'name-end' | 'fuzzy' | 'family' | 'partial';
  score: number;
}


/** Exact-match key: case, accents, spaces and punctuation ignored, `+` spelt out (`Pro+` ≠ `Pro`): `foldKey`. */
export const matchKey = foldKey;

/** Words split at letter/digit boundaries, so `note13` meets `Note 13` and `s23` meets `S23`. */
function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/\+/g, ' plus ').match(/[a-z]+|[0-9]+/g) ?? [];
}

export const fullName = (d: Device) => `${d.brand} ${d.name}`;

/**
 * A model number without its region letters: `SM-S911U` and `SM-S911B` are both `sms911`,
 * `2210132C` and `2210132G` both `2210132`, `A3287` stays `a3287`. `undefined` for what does not
 * look like a model number (no digit, or fewer than four characters before the suffix).
 */
export function modelFamily(model: string): string | undefined {
  const key = matchKey(model);
  if (!/[0-9]/.test(key)) return undefined;
  const stem = key.replace(/[a-z]+$/, '');
  return stem.length >= 4 && /[0-9]$/.test(stem) ? stem : undefined;
}

/** Whether `query`'s words are, word for word, the last words of `name`. */
function endsWithWords(name: string, query: string): boolean {
  const n = tokenize(name);
  const q = tokenize(query);
  return q.length > 0 && q.length < n.length && q.every((word, i) => word === n[n.length - q.length + i]);
}

export interface DeviceIndex {
  /** Built on first use. */
  readonly fuzzy: MiniSearch;
  byId: Map<string, Device>;
  byName: Map<string, Device[]>;
  /** By the name without the brand (`S23`): the end of the full name, shared across brands. */
  byBareName: Map<string, Device[]>;
  byModel: Map<string, { device: Device; variant: Variant }[]>;
  /** Built on first use (a model number not known exactly). */
  readonly byFamily: Map<string, { device: Device; variant: Variant }[]>;
}

const cache = new WeakMap<readonly Device[], DeviceIndex>();

function fuzzyIndex(devices: readonly Device[]): MiniSearch {
  const fuzzy = new MiniSearch({ fields: ['fullName', 'aliases'], tokenize, searchOptions: { tokenize } });
  for (const device of devices) fuzzy.add({ id: device.id, fullName: fullName(device), aliases: (device.aliases ?? []).join(' ') });
  return fuzzy;
}

/** The name index of a device list, built once per list (a snapshot's list never changes). */
export function buildIndex(devices: readonly Device[]): DeviceIndex {
  const cached = cache.get(devices);
  if (cached) return cached;
  const byId = new Map<string, Device>();
  const byName = new Map<string, Device[]>();
  const byBareName = new Map<string, Device[]>();
  const byModel = new Map<string, { device: Device; variant: Variant }[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const device of devices) {
    byId.set(device.id, device);
    const names = new Set([fullName(device), device.id, ...(device.aliases ?? [])].map(matchKey));
    for (const name of names) add(byName, name, device);
    if (!names.has(matchKey(device.name))) add(byBareName, matchKey(device.name), device);
    for (const variant of device.variants) {
      // A variant id (`xiaomi-mi-a2-cn`) names that variant as a model number does: links of the web app use it.
      add(byModel, matchKey(variant.id), { device, variant });
      for (const model of variant.models ?? []) add(byModel, matchKey(model), { device, variant });
    }
  }
  const familyIndex = () => {
    const byFamily = new Map<string, { device: Device; variant: Variant }[]>();
    for (const device of devices) {
      for (const variant of device.variants) {
        for (const model of variant.models ?? []) {
          const family = modelFamily(model);
          if (family && !byFamily.get(family)?.some((hit) => hit.variant === variant)) add(byFamily, family, { device, variant });
        }
      }
    }
    return byFamily;
  };
  // The word index is built on the first fuzzy search: an exact name or model number (most
  // lookups, and every CLI `check` by name) never needs it, and it was most of a cold start's
  // index time.
  // So are the model families, asked only for a model number not known exactly.
  let fuzzy: MiniSearch | undefined;
  let byFamily: DeviceIndex['byFamily'] | undefined;
  const index: DeviceIndex = {
    get fuzzy() {
      return (fuzzy ??= fuzzyIndex(devices));
    },
    byId,
    byName,
    byBareName,
    byModel,
    get byFamily() {
      return (byFamily ??= familyIndex());
    },
  };
  cache.set(devices, index);
  return index;
}

/** Exact model numbers, then exact full names, aliases and ids, then exact bare names (`name-end`). */
export function exactMatches(index: DeviceIndex, key: string): DeviceMatch[] {
  const out: DeviceMatch[] = [];
  const seen = new Set<string>();
  for (const { device, variant } of index.byModel.get(key) ?? []) {
    out.push({ device, variant, by: 'model', score: Infinity });
    seen.add(device.id);
  }
  for (const [map, by] of [[index.byName, 'name'], [index.byBareName, 'name-end']] as const) {
    for (const device of map.get(key) ?? []) {
      if (seen.has(device.id)) continue;
      out.push({ device, by, score: Infinity });
      seen.add(device.id);
    }
  }
  return out;
}

/**
 * Finds devices by name or model number, best match first: exact model numbers (`MCE16`,
 * `SM-S908U`), then exact names and aliases (`Xiaomi Mi 6`, `mi 6`), then names ending in the
 * query's words (`s23`), then fuzzy name matches (`redmi note13 pro+`) where every word must
 * match, prefix on the last word, small typos forgiven in words of four letters or more. A
 * model number not known exactly brings the variants of its family (`by: 'family'`) instead of
 * words that happen to match.
 *
 * @example
 * searchDevices('galaxy s23', devices)[0]?.device.id; // 'samsung-galaxy-s23'
 */
export function searchDevices(query: string, devices: readonly Device[], limit = 10): DeviceMatch[] {
  const index = buildIndex(devices);
  const key = matchKey(query);
  if (!key) return [];
  const out = exactMatches(index, key);
  const seen = new Set(out.map((m) => m.device.id));
  const options = {
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    fuzzy: (term: string) => (term.length > 3 ? 0.2 : false),
    boost: { fullName: 2 },
  };
  const hits = index.fuzzy.search(query, { ...options, combineWith: 'AND' });
  const ends = hits.filter((hit) => !seen.has(String(hit.id)) && endsWithWords(fullName(index.byId.get(String(hit.id))!), query));
  for (const hit of [...ends, ...hits]) {
    if (out.length >= limit) break;
    if (seen.has(String(hit.id))) continue;
    seen.add(String(hit.id));
    out.push({ device: index.byId.get(String(hit.id))!, by: ends.includes(hit) ? 'name-end' : 'fuzzy', score: hit.score });
  }
  if (out.length > 0) return out.slice(0, limit);
  // A model number not known exactly: its family's variants, not words that happen to match.
  const family = /\s/.test(query.trim()) ? undefined : modelFamily(query);
  for (const { device, variant } of family ? (index.byFamily.get(family) ?? []) : []) {
    out.push({ device, variant, by: 'family', score: 0 });
  }
  // Some words of a model number (`c` of `2210132C`) match names by chance: not offered.
  if (out.length > 0 || family) return out.slice(0, limit);
  for (const hit of index.fuzzy.search(query, { ...options, combineWith: 'OR' })) {
    if (out.length >= limit) break;
    out.push({ device: index.byId.get(String(hit.id))!, by: 'partial', score: hit.score });
  }
  return out.slice(0, limit);
}
