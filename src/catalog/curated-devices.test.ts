import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Device, Source } from './types.js';

/**
 * Validates every curated device file in `data/devices/*.json` (all brands): shape, unique ids,
 * well-formed band ids known to the registry, ISO-like dates and a source behind every record.
 * docs/data-devices.md describes the fields.
 */
const DIR = fileURLToPath(new URL('../../data/devices/', import.meta.url));
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();
const load = (name: string): Device[] => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Device[];

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9+]+)*$/;
/** The marker a record with an empty band list carries in `notes` (docs/data-devices.md). */
const BANDS_UNKNOWN = /Bands unknown: \S/;
/** Registry id shapes (src/bands/types.ts): GSM, CDMA band classes, UMTS, TD-SCDMA, LTE, NR. */
const BAND_ID = /^(GSM(450|480|750|850|900|900R|1800|1900)|BC\d{1,2}|U\d{1,2}|TD\d{2}|B\d{1,3}|n\d{1,3})$/;

// The registry table lands separately; until it exists only the id shape is checked.
const hasRegistry = existsSync(fileURLToPath(new URL('../bands/band-table.ts', import.meta.url)));
const findBand: ((id: string) => unknown) | undefined = hasRegistry
  ? (await import('../bands/registry.js')).findBand
  : undefined;

function sourceProblems(source: Source | undefined, where: string): string[] {
  if (!source || typeof source.title !== 'string' || source.title.trim() === '') return [`${where}: source without title`];
  const out: string[] = [];
  if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url)) out.push(`${where}: bad url ${source.url}`);
  if (source.checked !== undefined && !ISO_DATE.test(source.checked)) out.push(`${where}: bad checked date`);
  return out;
}

/** Every problem of one record, as `id: what` strings, so a failure names the record. */
function deviceProblems(d: Device): string[] {
  const p: string[] = [];
  const id = typeof d.id === 'string' ? d.id : '(no id)';
  if (!SLUG.test(id)) p.push(`${id}: id is not a lower-case slug`);
  if (typeof d.brand !== 'string' || d.brand === '') p.push(`${id}: no brand`);
  else if (!id.startsWith(d.brand.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '-')) p.push(`${id}: id does not start with brand`);
  if (typeof d.name !== 'string' || d.name === '') p.push(`${id}: no name`);
  for (const key of ['announced', 'released', 'checked'] as const) {
    const value = d[key];
    if (value !== undefined && !ISO_DATE.test(value)) p.push(`${id}: ${key} "${value}" is not an ISO date`);
  }
  if (d.checked === undefined) p.push(`${id}: no checked date`);
  if (!Array.isArray(d.sources) || d.sources.length === 0) p.push(`${id}: no source`);
  else d.sources.forEach((s, i) => p.push(...sourceProblems(s, `${id}: sources[${i}]`)));
  for (const m of d.markets ?? []) {
    if (!/^([A-Z]{2}|EU)$/.test(m.country)) p.push(`${id}: market country "${m.country}"`);
    if (m.date !== undefined && !ISO_DATE.test(m.date)) p.push(`${id}: market date "${m.date}"`);
  }
  for (const price of d.prices ?? []) {
    if (!(price.amount > 0)) p.push(`${id}: price amount`);
    if (!/^[A-Z]{3}$/.test(price.currency ?? '')) p.push(`${id}: price currency "${price.currency}"`);
    if (!/^([A-Z]{2}|EU)$/.test(price.market ?? '')) p.push(`${id}: price market "${price.market}"`);
    if (price.date !== undefined && !ISO_DATE.test(price.date)) p.push(`${id}: price date`);
    p.push(...sourceProblems(price.source, `${id}: price`));
  }
  for (const b of d.specs?.benchmarks ?? []) {
    // AnTuTu v9 and v10 scores are not comparable: a score without its version is useless.
    if (!b.version) p.push(`${id}: benchmark ${b.name} without version`);
    if (!(b.score > 0)) p.push(`${id}: benchmark ${b.name} score`);
    p.push(...sourceProblems(b.source, `${id}: benchmark ${b.name}`));
  }
  if (!Array.isArray(d.variants) || d.variants.length === 0) p.push(`${id}: no variant`);
  for (const v of d.variants ?? []) {
    if (!v.id?.startsWith(`${id}-`)) p.push(`${id}: variant id "${v.id}" not prefixed by device id`);
    if (!v.label) p.push(`${id}: variant ${v.id} without label`);
    // An empty list says the band list is not known; the record must say so and why in `notes`.
    if (!Array.isArray(v.bands)) p.push(`${id}: variant ${v.id} has no band list`);
    else if (v.bands.length === 0 && !BANDS_UNKNOWN.test(d.notes ?? '')) p.push(`${id}: variant ${v.id} has no band and notes do not say "Bands unknown: why"`);
    if (new Set(v.bands).size !== v.bands?.length) p.push(`${id}: variant ${v.id} repeats a band`);
    for (const band of v.bands ?? []) {
      if (!BAND_ID.test(band)) p.push(`${id}: malformed band id "${band}"`);
      else if (findBand && findBand(band) === undefined) p.push(`${id}: band "${band}" unknown to the registry`);
    }
    for (const mode of v.nrModes ?? []) if (mode !== 'SA' && mode !== 'NSA') p.push(`${id}: nrMode "${mode}"`);
    if (v.nrModes?.length && !v.bands.some((b) => b.startsWith('n'))) p.push(`${id}: nrModes without NR bands`);
  }
  return p;
}

describe('curated device files', () => {
  it('finds device files', () => {
    expect(FILES).toContain('xiaomi.json');
  });

  it.each(FILES)('%s is a JSON array of valid device records', (name) => {
    const devices = load(name);
    expect(Array.isArray(devices)).toBe(true);
    expect(devices.flatMap(deviceProblems)).toEqual([]);
  });

  it('has unique device and variant ids across all files', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const name of FILES) {
      for (const d of load(name)) {
        for (const id of [d.id, ...(d.variants ?? []).map((v) => v.id)]) {
          const other = seen.get(id);
          if (other) clashes.push(`${id} in ${other} and ${name}`);
          else seen.set(id, name);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('xiaomi.json', () => {
  const devices = load('xiaomi.json');

  it('starts with the Mi 6 exactly as its sources give it', () => {
    const mi6 = devices[0]!;
    expect(mi6).toMatchObject({ id: 'xiaomi-mi-6', brand: 'Xiaomi', name: 'Mi 6', announced: '2017-04-19' });
    expect(mi6.markets).toEqual([{ country: 'CN', date: '2017-04-28' }]);
    expect(mi6.prices?.[0]).toMatchObject({ amount: 2499, currency: 'CNY', market: 'CN', tier: '6/64 GB' });
    const cn = mi6.variants.find((v) => v.label === 'China')!;
    expect(cn.models).toEqual(['MCE16']);
    // XiaomiWiki wiki/Specs/Mi_6.md band table, cross-checked with both GSMArena dump rows.
    expect([...cn.bands].sort()).toEqual(
      ['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'BC0', 'U1', 'U2', 'U5', 'U8', 'TD34', 'TD39',
        'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40', 'B41'].sort(),
    );
  });

  it('uses only the Xiaomi, Redmi and POCO brand strings', () => {
    expect(new Set(devices.map((d) => d.brand))).toEqual(new Set(['Xiaomi', 'Redmi', 'POCO']));
  });

  it('is sorted by announce date (a year-only date sorts with its year)', () => {
    const out: string[] = [];
    for (let i = 1; i < devices.length; i++) {
      const a = devices[i - 1]!.announced ?? '';
      const b = devices[i]!.announced ?? '';
      const n = Math.min(a.length, b.length);
      if (a.slice(0, n) > b.slice(0, n)) out.push(`${devices[i - 1]!.id} (${a}) before ${devices[i]!.id} (${b})`);
    }
    expect(out).toEqual([]);
  });

  it('holds at least 90 devices', () => {
    expect(devices.length).toBeGreaterThanOrEqual(90);
  });
});
