import { parseDeviceBandFields, parseDeviceBandText, type DeviceBandParse, type UnreadBandText } from '../bands/parse-device-bands.js';
import { findBand } from '../bands/registry.js';
import type { Tech } from '../bands/types.js';
import { BandfitError } from '../errors.js';
import { readSpecPage, type SpecPage } from '../import/spec-page.js';
import type { Variant } from '../catalog/types.js';

/** One variant as it was read, band by band per technology. */
export interface ReadVariant {
  id: string;
  label: string;
  models: string[];
  bands: Partial<Record<Tech, string[]>>;
  nrModes?: ('SA' | 'NSA')[];
  /** Technologies the text names without a band list (`LTE` alone, `CDMA2000 1xEV-DO`). */
  unlistedTechs?: Tech[];
}

/** What `devices add` read: the phone's name, each variant's bands, and every unread piece. */
export interface TeachReading {
  name: string;
  variants: ReadVariant[];
  unread: UnreadBandText[];
}

/** The band text of a teach request: a pasted list, or a spec page (HTML or copied text). */
export interface TeachText {
  bands?: string;
  page?: string;
}

/** Parses the band text or the page; throws `E_BAD_BAND_TEXT` when there is no band in it. */
export function readTeachText(input: TeachText): { parse: DeviceBandParse; page?: SpecPage } {
  if ((input.bands === undefined) === (input.page === undefined)) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bands-or-page', parameter: 'bands' });
  }
  if (input.bands !== undefined) return { parse: parseDeviceBandText(input.bands) };
  const page = readSpecPage(input.page!);
  if (!page.hasBandTable) {
    throw new BandfitError({ code: 'E_BAD_BAND_TEXT', kind: 'page-without-band-table', parameter: 'page' });
  }
  const parse = parseDeviceBandFields(page.fields);
  if (parse.variants.every((v) => v.bands.length === 0)) {
    throw new BandfitError({ code: 'E_BAD_BAND_TEXT', kind: 'page-without-bands', parameter: 'page' }, {
      unread: parse.unread.map((u) => `${u.text}: ${u.reason}`),
    });
  }
  return { parse, page };
}

/** A variant's bands grouped by technology, in registry order. */
export function readVariant(variant: Variant, unlistedTechs?: Tech[]): ReadVariant {
  const bands: Partial<Record<Tech, string[]>> = {};
  for (const id of variant.bands) {
    const tech = findBand(id)?.tech;
    if (tech) (bands[tech] ??= []).push(id);
  }
  const out: ReadVariant = { id: variant.id, label: variant.label, models: variant.models ?? [], bands };
  if (variant.nrModes) out.nrModes = variant.nrModes;
  if (unlistedTechs?.length) out.unlistedTechs = unlistedTechs;
  return out;
}
