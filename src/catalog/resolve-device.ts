import { BandfitError } from '../errors.js';
import { buildIndex, exactMatches, fullName, matchKey, modelFamily, searchDevices, type DeviceMatch } from './device-search.js';
import type { Device, Variant } from './types.js';

/** What `resolveDevice` settles on. `variant` is absent when the device has several and the query did not pick one. */
export interface ResolvedDevice {
  device: Device;
  variant?: Variant;
}

function describe(match: ResolvedDevice): string {
  return match.variant ? `${fullName(match.device)} (${match.variant.label}, ${match.variant.id})` : `${fullName(match.device)} (${match.device.id})`;
}

/** Fuzzy hits settle a query only when the best scores at least twice the runner-up. */
const CLEAR_LEAD = 2;

export interface ResolveOptions {
  /**
   * Only an exact model number or full name settles it; else the variants of the model's family,
   * or no match. For names that come from a table (a TAC row), where a near name is another phone.
   */
  exact?: boolean;
}

/** What `exact` looks at when nothing matches exactly: the model's family, never words. */
function familyOnly(query: string, devices: readonly Device[]): DeviceMatch[] {
  const family = /\s/.test(query.trim()) ? undefined : modelFamily(query);
  return (family ? buildIndex(devices).byFamily.get(family) ?? [] : []).map(({ device, variant }) => ({ device, variant, by: 'family', score: 0 }));
}

/**
 * One device for a query, or an error instead of a guess: an exact model number or name wins
 * over fuzzy matches ("Xiaomi Mi 6" is the Mi 6, never the Mi 6X); several exact matches, or
 * fuzzy matches without a clear leader, throw `E_AMBIGUOUS_DEVICE` listing the candidates in
 * `details.candidates`; no match throws `E_UNKNOWN_DEVICE` with suggestions.
 *
 * @example
 * resolveDevice('MCE16', devices); // { device: Mi 6, variant: China }
 */
export function resolveDevice(query: string, devices: readonly Device[], options: ResolveOptions = {}): ResolvedDevice {
  const index = buildIndex(devices);
  // A device id is the catalog's own name for one record: it wins over a name another record
  // shares as an alias (redmi-k30-pro, whose name the POCO F2 Pro also carries). Looked up
  // first, before the query is normalised: the web app and the API ask by id.
  const byId = index.byId.get(query.trim());
  if (byId) return byId.variants.length === 1 ? { device: byId, variant: byId.variants[0]! } : { device: byId };
  const key = matchKey(query);
  if (!key) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'empty-device-name', parameter: 'device' });
  // An exact model number or full name settles it without the fuzzy search (most queries: ids
  // from the web app and the API, names from the CLI).
  const settled = exactMatches(index, key).filter((m) => m.by === 'model' || m.by === 'name');
  const found = settled.length > 0 ? settled : options.exact ? familyOnly(query, devices) : searchDevices(query, devices, 12);
  const matches = found.filter((m) => m.by !== 'partial' && m.by !== 'family');
  const exact = matches.filter((m) => m.by === 'model' || m.by === 'name');
  const ends = matches.filter((m) => m.by === 'name-end');
  const single = (m: DeviceMatch): ResolvedDevice => {
    const variant = m.variant ?? (m.device.variants.length === 1 ? m.device.variants[0] : undefined);
    return variant ? { device: m.device, variant } : { device: m.device };
  };
  const ambiguous = (list: DeviceMatch[]) => {
    const candidates = list.map((m) => ({ id: m.device.id, name: fullName(m.device), variant: m.variant?.id }));
    return new BandfitError({ code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-device', query, matches: list.map((m) => describe(m)) }, {
      candidates,
      suggestions: candidates.map((c) => c.name),
    });
  };
  if (exact.length === 1) return single(exact[0]!);
  if (exact.length > 1) throw ambiguous(exact);
  if (ends.length === 1) return single(ends[0]!);
  if (ends.length > 1) throw ambiguous(ends.slice(0, 8));
  const family = found.filter((m) => m.by === 'family');
  if (family.length > 0) {
    const known = family.map((m) => `${fullName(m.device)} (${m.variant!.label}: ${(m.variant!.models ?? []).join(', ')})`);
    throw new BandfitError(
      { code: 'E_UNKNOWN_DEVICE', kind: 'unknown-model-number', query, family: known },
      { suggestions: [...new Set(family.map((m) => fullName(m.device)))], family: family.map((m) => ({ id: m.device.id, name: fullName(m.device), variant: m.variant!.id })) },
    );
  }
  const [best, second] = matches;
  if (best && (!second || best.score >= CLEAR_LEAD * second.score)) return single(best);
  if (best) throw ambiguous(matches.slice(0, 8));
  throw new BandfitError({ code: 'E_UNKNOWN_DEVICE', kind: 'unknown-device', query }, {
    suggestions: found.slice(0, 5).map((m) => fullName(m.device)),
  });
}
