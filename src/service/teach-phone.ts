import type { ParsedVariantBands } from '../bands/parse-device-bands.js';
import { buildIndex, exactMatches, fullName, matchKey } from '../catalog/device-search.js';
import type { Device, Source, Variant } from '../catalog/types.js';
import { validateDevice } from '../catalog/validate-device.js';
import { BandfitError } from '../errors.js';
import { slugify } from '../import/gsmarena-row.js';
import { readTeachText, readVariant, type TeachReading, type TeachText } from './teach-reading.js';

/** `bandfit devices add` and `POST /api/v1/import/phone`: what the user brings. */
export interface TeachInput extends TeachText {
  /** `Brand Model`; with a page, default the page's own name. */
  name?: string;
  /** Label of the one variant the band text describes. */
  variant?: string;
  /** Model numbers of that variant. */
  models?: string[];
  /** URL or title of where the bands come from. */
  source?: string;
}

export interface TaughtPhone {
  device: Device;
  read: TeachReading;
}

/** A label that is a model number (`A3090`, `SM-S911U`): one word with a digit and a letter. */
const looksLikeModel = (label: string) => /^(?=.*\d)(?=.*[a-z])[a-z0-9][a-z0-9-/,.]{2,}$/i.test(label) && !/^\d+g$/i.test(label);

function sourceOf(input: TeachInput, today: string): Source {
  const given = input.source?.trim();
  const ref = input.page !== undefined ? 'Network section (2G, 3G, 4G and 5G bands rows)' : 'band list as given';
  if (given && /^https?:\/\/\S+$/i.test(given)) return { title: 'Taught by a user from this page', url: given, ref, checked: today };
  return { title: given ? `Taught by a user: ${given}` : 'Taught by a user', ref, checked: today };
}

/** The catalog's phone of that name (name, alias or id, exactly), when there is one. */
function existingPhone(name: string, devices: readonly Device[]): Device | undefined {
  const found = new Map(exactMatches(buildIndex(devices), matchKey(name)).filter((m) => m.by === 'name').map((m) => [m.device.id, m.device]));
  if (found.size > 1) {
    throw new BandfitError({ code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-teach-name', name, matches: [...found.values()].map(fullName) }, {
      suggestions: [...found.values()].map(fullName),
    });
  }
  return [...found.values()][0];
}

function newPhone(name: string, today: string): Device {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  if (words.length < 2) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'phone-name-one-word', parameter: 'name', name });
  const id = slugify(words.join(' '));
  if (!id) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'phone-name-no-id', parameter: 'name', name });
  return { id, brand: words[0]!, name: words.slice(1).join(' '), variants: [], sources: [], checked: today };
}

/** The variant a read one goes into: same label, or a model number in common. */
function matchVariant(variants: readonly Variant[], label: string, models: string[]): Variant | undefined {
  const keys = new Set(models.map(matchKey));
  return variants.find((v) => matchKey(v.label) === matchKey(label)) ?? variants.find((v) => (v.models ?? []).some((m) => keys.has(matchKey(m))));
}

function labelled(parsed: ParsedVariantBands[], input: TeachInput, base: Device): { read: ParsedVariantBands; label: string; models: string[] }[] {
  if ((input.variant || input.models?.length) && parsed.length > 1) {
    const labels = parsed.map((p) => p.label ?? 'unlabelled');
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'variant-for-several', parameter: 'variant', count: parsed.length, labels });
  }
  return parsed.map((read) => {
    const label = input.variant?.trim() || read.label || (base.variants.length === 1 ? base.variants[0]!.label : undefined) || (input.models?.[0] ?? 'Unspecified');
    const models = [...(input.models ?? []), ...(read.label && looksLikeModel(read.label) ? [read.label] : [])];
    if (!input.variant && !read.label && !input.models?.length && base.variants.length > 1) {
      throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'which-variant-taught', parameter: 'variant', device: fullName(base), count: base.variants.length }, {
        suggestions: base.variants.map((v) => v.label),
      });
    }
    return { read, label, models };
  });
}

/**
 * The device record a teach request makes: a new phone, or the catalog's phone of that name with
 * the bands put into the variants they name (by label or model number; others are added). Pure:
 * the caller stores it (origin `user`). Throws `E_BAD_BAND_TEXT` when no band can be read.
 *
 * @example
 * teachPhone({ name: 'Fixture Phone', bands: 'LTE 1, 3, 7' }, [], '2026-12-03').device.variants[0].bands;
 * // ['B1', 'B3', 'B7']
 */
export function teachPhone(input: TeachInput, devices: readonly Device[], today: string): TaughtPhone {
  const { parse, page } = readTeachText(input);
  const name = input.name?.trim() || page?.name;
  if (!name) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'page-names-no-phone', parameter: 'name' });
  const found = existingPhone(name, devices);
  const device: Device = found ? structuredClone(found) : newPhone(name, today);
  const taught: { variant: Variant; unlisted?: ParsedVariantBands['unlistedTechs'] }[] = [];
  for (const { read, label, models } of labelled(parse.variants, input, device)) {
    let variant = matchVariant(device.variants, label, models);
    if (!variant) {
      let id = `${device.id}-${slugify(label) || 'taught'}`;
      for (let n = 2; device.variants.some((v) => v.id === id); n++) id = `${device.id}-${slugify(label)}-${n}`;
      variant = { id, label, bands: [] };
      device.variants.push(variant);
    }
    variant.bands = read.bands;
    if (read.nrModes) variant.nrModes = read.nrModes;
    else delete variant.nrModes;
    const allModels = [...new Set([...(variant.models ?? []), ...models])];
    if (allModels.length) variant.models = allModels;
    if (page?.esim) variant.esim = true;
    taught.push({ variant, unlisted: read.unlistedTechs });
  }
  if (!found) {
    if (page?.announced) device.announced = page.announced;
    if (page?.released) device.released = page.released;
    if (page?.models?.length && device.variants.length === 1) device.variants[0]!.models = [...new Set([...(device.variants[0]!.models ?? []), ...page.models])];
  }
  const source = sourceOf(input, today);
  device.sources = [...device.sources, source];
  device.checked = today;
  const what = taught.map((t) => t.variant.label).join(', ');
  device.notes = [device.notes, `Bands of ${what} taught by a user (${source.url ?? source.title}), ${today}; not checked by bandfit.`].filter(Boolean).join(' ');
  const valid = validateDevice(device, `the taught phone "${name}"`);
  return {
    device: valid,
    read: { name: fullName(valid), variants: taught.map((t) => readVariant(t.variant, t.unlisted)), unread: parse.unread },
  };
}
