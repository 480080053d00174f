import { fullName, matchKey } from '../catalog/device-search.js';
import { resolveDevice } from '../catalog/resolve-device.js';
import type { TacHit } from '../catalog/tac-catalog.js';
import { parseImei } from '../catalog/tac-parse.js';
import type { Device, Variant } from '../catalog/types.js';
import { BandfitError, isBandfitError } from '../errors.js';
import { chooseVariant } from './choose-variant.js';

/** Which table row identified the phone, and what the catalog made of it (docs/api.md, `identified`). */
export interface PhoneIdentification {
  /** The 15 digits, when a whole IMEI was given. */
  imei?: string;
  tac: string;
  /** The table: its title and licence, or `your imported TAC table`. */
  source: string;
  /** The row: `samsung-tacs.csv, TAC 35799425`, or `my-tacs.csv line 3` for an imported one. */
  row: string;
  brand: string;
  /** The table's model: a model code (Samsung) or a model name (Osmocom). */
  model: string;
  /** Every model code the row lists for the TAC. */
  modelCodes: string[];
  /** The code or name that found the phone in the catalog; absent when none did. */
  matchedBy?: string;
  /** The catalog phone and variant it found (a trip's phones are matched to their rows by these). */
  deviceId?: string;
  variantId?: string;
  /** False when the TAC names the phone but not which of its variants (the variant is then chosen for the country). */
  variantIdentified: boolean;
  /**
   * Model codes of the row the catalog has no variant for: the phone may be one of them, whose
   * bands may differ from the variant judged (the phone's settings show its model number).
   */
  unmatchedCodes: string[];
}

export interface IdentifiedPhone {
  identification: PhoneIdentification;
  device: Device;
  /** The variant the TAC's model code names; absent when it names the phone only. */
  variant?: Variant;
}


interface Hit {
  query: string;
  device: Device;
  variant?: Variant;
}

/** The catalog's phones for a row: each model code exactly, then `brand model` as a name. */
function catalogHits(row: TacHit, devices: readonly Device[]): { hits: Hit[]; family: string[] } {
  const hits: Hit[] = [];
  const family: string[] = [];
  // Osmocom names carry the storage at times (`iPhone XS Max 256GB`): the phone is the same.
  const name = `${row.brand} ${row.models[0] ?? ''}`.trim();
  for (const query of [...new Set([...row.models, name, name.replace(/\s*\d+\s*[GT]B$/i, '')])]) {
    try {
      const found = resolveDevice(query, devices, { exact: true });
      const byModel = found.variant && (found.variant.models ?? []).some((m) => matchKey(m) === matchKey(query));
      hits.push({ query, device: found.device, ...(byModel ? { variant: found.variant } : {}) });
    } catch (error) {
      if (!isBandfitError(error) || (error.code !== 'E_UNKNOWN_DEVICE' && error.code !== 'E_AMBIGUOUS_DEVICE')) throw error;
      for (const f of (error.details.family as { name: string }[] | undefined) ?? []) family.push(f.name);
    }
  }
  return { hits, family: [...new Set(family)] };
}

/**
 * The phone an IMEI (or its 8-digit TAC) names: the TAC row (imported rows first, then the
 * compiled tables), its model codes resolved by the one device resolver, exactly. A wrong Luhn
 * digit is `E_BAD_INPUT`; an unknown TAC, or a model code the catalog has no phone or variant
 * for, `E_UNKNOWN_DEVICE` saying what was identified and the ways on; codes of several variants
 * are asked back (`E_AMBIGUOUS_DEVICE`) unless `wanted` (a variant label or model) picks one.
 *
 * @example
 * identifyPhone(snapshot.devices, snapshot.tacs.find, '35799425').variant?.label; // 'USA'
 */
export function identifyPhone(devices: readonly Device[], find: (tac: string) => TacHit | undefined, input: string, wanted?: string): IdentifiedPhone {
  const { tac, imei } = parseImei(input);
  const row = find(tac);
  if (!row) {
    throw new BandfitError({ code: 'E_UNKNOWN_DEVICE', kind: 'unknown-tac', parameter: 'imei', tac, ...(imei ? { imei } : {}) }, { tac, hint: 'imei' });
  }
  const base = { ...(imei ? { imei } : {}), tac, source: row.source, row: row.row, brand: row.brand, model: row.models[0] ?? '', modelCodes: row.models };
  const tacRow = { parameter: 'imei', tac, ...(imei ? { imei } : {}), brand: row.brand, models: row.models, row: row.row, source: row.source };
  const { hits, family } = catalogHits(row, devices);
  // The first code that found a variant (or phone) is the one named as having found it.
  const firstBy = (key: (h: Hit) => string, list: Hit[]) => [...new Map(list.reverse().map((h) => [key(h), h])).values()].reverse();
  const variants = firstBy((h) => h.variant!.id, hits.filter((h) => h.variant));
  const phones = firstBy((h) => h.device.id, [...hits]);
  const matched = new Set(hits.map((h) => h.query));
  const unmatchedCodes = row.models.filter((code) => !matched.has(code) && /\d/.test(code) && !/\s/.test(code));
  const settle = (hit: Hit, variant: Variant | undefined): IdentifiedPhone => ({
    identification: { ...base, matchedBy: hit.query, deviceId: hit.device.id, ...(variant ? { variantId: variant.id } : {}), variantIdentified: variant !== undefined, unmatchedCodes },
    device: hit.device,
    ...(variant ? { variant } : {}),
  });
  if (variants.length === 1) return settle(variants[0]!, variants[0]!.variant);
  if (phones.length === 1 && wanted) return settle(phones[0]!, chooseVariant(phones[0]!.device, undefined, wanted));
  if (variants.length > 1 || phones.length > 1) {
    const list = variants.length > 1 ? variants : phones;
    const candidates = list.map((h) => ({ id: h.device.id, name: fullName(h.device), variant: h.variant?.id, model: h.query }));
    const matches = list.map((h) => `${fullName(h.device)}${h.variant ? ` (${h.variant.label}, ${h.query})` : ''}`);
    throw new BandfitError({ code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-tac', ...tacRow, matches }, {
      candidates, suggestions: list.map((h) => h.variant?.label ?? fullName(h.device)), identified: base,
    });
  }
  if (phones.length === 1) return settle(phones[0]!, undefined);
  throw new BandfitError({ code: 'E_UNKNOWN_DEVICE', kind: 'unidentified-model', ...tacRow, family }, {
    identified: base, hint: 'imei', ...(family.length ? { suggestions: family } : {}),
  });
}
