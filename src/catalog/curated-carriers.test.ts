import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { findBand } from '../bands/registry.js';
import type { CarrierBand, CuratedCarrier, TechStatus } from './types.js';

/** Every `data/carriers/<cc>.json` file, checked record by record (docs/data-carriers.md). */
const DIR = fileURLToPath(new URL('../../data/carriers/', import.meta.url));
/** Band Atlas (CC BY 4.0), read beside the repository for cross-checks, never copied in. */
const ATLAS = fileURLToPath(new URL('../../../shared/data/band-atlas/network_bands.csv', import.meta.url));

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const byFile = files.map((file) => ({ file, records: JSON.parse(readFileSync(DIR + file, 'utf8')) as CuratedCarrier[] }));
const all = byFile.flatMap((f) => f.records);
const byId = new Map(all.map((r) => [r.id, r]));

const REQUIRED = [
  'us-t-mobile', 'us-att', 'us-verizon', 'gb-ee', 'gb-o2', 'gb-vodafone', 'gb-three', 'de-telekom', 'de-vodafone',
  'de-o2', 'de-1und1', 'fr-orange', 'fr-sfr', 'fr-bouygues', 'fr-free', 'jp-docomo', 'jp-au', 'jp-softbank',
  'jp-rakuten', 'cn-china-mobile', 'cn-china-unicom', 'cn-china-telecom', 'cn-china-broadnet', 'in-jio', 'in-airtel',
  'in-vi', 'in-bsnl', 'us-mint-mobile', 'us-visible', 'us-google-fi', 'us-cricket', 'us-metro', 'gb-giffgaff',
  'gb-tesco-mobile', 'gb-voxi', 'gb-id-mobile', 'de-aldi-talk', 'de-congstar',
];
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const STATES = new Set(['active', 'ending', 'off', 'none', 'unknown']);
/** Band id shapes per field, as in src/bands/types.ts. TD-SCDMA sits under umts (China Mobile). */
const SCHEME: Record<'lte' | 'nr' | 'gsm' | 'umts' | 'cdma', RegExp> = {
  lte: /^B\d{1,3}$/, nr: /^n\d{1,3}$/, gsm: /^GSM(450|480|750|850|900|900R|1800|1900)$/, umts: /^(U\d{1,2}|TD3[49]|TD40)$/, cdma: /^BC\d{1,2}$/,
};

function bandsOf(r: CuratedCarrier): { field: keyof typeof SCHEME; band: string }[] {
  const out: { field: keyof typeof SCHEME; band: string }[] = [];
  for (const field of ['lte', 'nr'] as const) for (const b of r[field] ?? []) out.push({ field, band: b.band });
  for (const field of ['gsm', 'umts', 'cdma'] as const) for (const band of r[field]?.bands ?? []) out.push({ field, band });
  return out;
}

describe('curated carrier files', () => {
  it('hold at least 200 records, ids unique', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(byId.size).toBe(all.length);
  });

  it.each(byFile)('$file: every record belongs to the country of its file', ({ file, records }) => {
    const cc = file.replace(/\.json$/, '');
    expect(cc).toMatch(/^[a-z]{2}$/);
    for (const r of records) {
      expect(r.country, r.id).toBe(cc.toUpperCase());
      expect(r.id, r.id).toMatch(new RegExp(`^${cc}-[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('has the ids the rest of bandfit relies on', () => {
    for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
  });

  it.each(all.map((r) => [r.id, r] as const))('%s: shape, sources, dates', (_id, r) => {
    expect(['mno', 'mvno']).toContain(r.kind);
    expect(r.name.trim().length).toBeGreaterThan(0);
    expect(r.checked).toMatch(ISO_DATE);
    expect(r.sources.length).toBeGreaterThan(0);
    for (const s of r.sources) {
      expect(s.title.trim().length).toBeGreaterThan(0);
      if (s.checked) expect(s.checked).toMatch(ISO_DATE);
      if (s.url) expect(s.url).toMatch(/^https?:\/\//);
      // CC BY 4.0 asks for the credit line wherever Band Atlas data is used.
      if (s.title.startsWith('Band Atlas')) expect(s.credit).toContain('CC BY 4.0');
    }
    for (const code of r.mccmnc ?? []) expect(code).toMatch(/^\d{3}-\d{2,3}$/);
    expect(new Set(r.mccmnc ?? []).size).toBe((r.mccmnc ?? []).length);
    for (const field of ['lte', 'nr'] as const) {
      const bands = (r[field] ?? []) as CarrierBand[];
      for (const b of bands) {
        expect(['coverage', 'capacity']).toContain(b.layer);
        if (b.confidence !== undefined) expect(['x', 's']).toContain(b.confidence);
      }
      expect(new Set(bands.map((b) => b.band)).size).toBe(bands.length);
    }
    for (const field of ['gsm', 'umts', 'cdma'] as const) {
      const t = r[field] as TechStatus | undefined;
      if (!t) continue;
      expect(STATES.has(t.state), `${field} ${t.state}`).toBe(true);
      if (t.date) expect(t.date, field).toMatch(ISO_DATE);
    }
  });

  it.each(all.map((r) => [r.id, r] as const))('%s: band ids follow the scheme and exist in the registry', (_id, r) => {
    for (const { field, band } of bandsOf(r)) {
      expect(band, `${field} ${band}`).toMatch(SCHEME[field]);
      expect(findBand(band), `${band} is not in the band registry`).toBeDefined();
    }
  });

  it('MNOs have no host; MVNOs name an MNO host and carry no bands of their own', () => {
    for (const r of all) {
      if (r.kind === 'mno') {
        expect(r.host, r.id).toBeUndefined();
        continue;
      }
      expect(r.host, r.id).toBeDefined();
      expect(byId.get(r.host!)?.kind, `${r.id} → ${r.host}`).toBe('mno');
      expect(bandsOf(r), r.id).toEqual([]);
      expect(r.gsm ?? r.umts ?? r.cdma, r.id).toBeUndefined();
    }
  });

  it('volteRequired is set wherever no 2G, 3G or CDMA voice is left', () => {
    const gone = (t?: TechStatus) => t?.state === 'off' || t?.state === 'none';
    for (const r of all.filter((x) => x.kind === 'mno')) {
      if (gone(r.gsm) && gone(r.umts) && (!r.cdma || gone(r.cdma))) expect(r.volteRequired, r.id).toBe(true);
    }
  });
});

describe.skipIf(!existsSync(ATLAS))('curated carriers against Band Atlas network_bands.csv', () => {
  const rows = (existsSync(ATLAS) ? parse(readFileSync(ATLAS), { columns: true }) : []) as Record<string, string>[];
  const atlasBands = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.country},${row.operator_id}`;
    atlasBands.set(key, (atlasBands.get(key) ?? new Set()).add(row.band!));
  }
  const derived = all.filter((r) => r.kind === 'mno' && r.sources.some((s) => s.title.startsWith('Band Atlas')));

  it('every LTE/NR band of a Band Atlas record is a Band Atlas row of that operator or named by another cited source (no invented bands)', () => {
    expect(derived.length).toBeGreaterThan(400);
    for (const r of derived) {
      const ref = r.sources.find((s) => s.title.startsWith('Band Atlas'))!.ref!;
      const key = ref.slice(ref.indexOf(': ') + 2);
      const known = atlasBands.get(key) ?? new Set<string>();
      // A band added from another source (a regulator's auction, an operator's launch) is named in that source's ref.
      const cited = (band: string) => r.sources.some((s) => !s.title.startsWith('Band Atlas') && new RegExp(`\\b${band}\\b`).test(s.ref ?? ''));
      for (const b of [...(r.lte ?? []), ...(r.nr ?? [])]) expect(known.has(b.band) || cited(b.band), `${r.id} ${b.band}`).toBe(true);
    }
  });
});
