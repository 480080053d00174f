import { parseCarrierBands, type ParsedToken } from '../bands/parse-carrier-bands.js';
import { sunsetFacts, type SunsetFact } from '../bands/carrier-text/sunset-notes.js';
import type { Tech } from '../bands/types.js';
import { layeredBands, sortBands } from './band-layer.js';
import { carrierIdMap, fold, type CarrierIdMap } from './carrier-ids.js';
import { countryCodesOf } from './countries.js';
import { UNKNOWN } from './known-or-derived.js';
import type { Carrier, CarrierBand, CuratedCarrier, TechStatus } from './types.js';
import { compareCodes } from './compare-names.js';

/** One row of the npm package `mcc-mnc-list` (`require('mcc-mnc-list').all()`). */
export interface MccMncRecord {
  countryCode: string | null;
  mcc: string;
  mnc: string;
  brand: string | null;
  operator: string | null;
  status: string | null;
  bands: string | null;
  notes: string | null;
}

export interface DeriveOptions {
  /** `mcc-mnc-list` version, cited in every carrier's sources. */
  version?: string;
  /** ISO date switch-off dates are judged against (the catalog build date). */
  asOf: string;
  /** Curated records: a derived network that is one of them takes its id. */
  curated?: readonly CuratedCarrier[];
}

interface Group {
  country: string;
  territories: Set<string>;
  rows: MccMncRecord[];
  tokens: ParsedToken[];
  unread: string[];
  facts: SunsetFact[];
  techOnly: Set<Tech>;
  radio: boolean;
}

/**
 * Carriers derived from operational `mcc-mnc-list` rows, one per network: rows of one country
 * with the same brand (or operator, when there is no brand) are one network with all their
 * MCC-MNC codes; the same network filed under several territories with one MCC (T-Mobile US
 * in PR and VI) keeps one record with `territories`. Bands come from `parseCarrierBands`,
 * switch-offs from the notes; what is not said stays `unknown`.
 */
export function deriveCarriers(records: readonly MccMncRecord[], options: DeriveOptions): Carrier[] {
  const rows = records.filter((row) => row.status === 'Operational' && (row.brand ?? row.operator) && countryCodesOf(row.countryCode).length);
  const parent = rows.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const country = countryCodesOf(row.countryCode)[0]!;
    // Same country and name, or same MCC, brand and operator (one network in several territories).
    for (const key of [`${country}|${fold(row.brand ?? row.operator)}`, `${row.mcc}|${fold(row.brand)}|${fold(row.operator)}`]) {
      const other = seen.get(key);
      if (other === undefined) seen.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  const members = new Map<number, MccMncRecord[]>();
  rows.forEach((row, index) => members.set(root(index), [...(members.get(root(index)) ?? []), row]));
  const byId = new Map<string, Carrier>();
  const ids = carrierIdMap(options.curated ?? []);
  const ownCodes = new Map((options.curated ?? []).filter((c) => c.mccmnc?.length).map((c) => [c.id, new Set(c.mccmnc)]));
  for (const group of members.values()) {
    const joined = toCarrier(buildGroup(group, options.asOf), options, ids);
    // A group that reaches a curated network by a name alone (a parent company's other network:
    // Kazakhtelecom's CDMA under Kcell) gives it its codes and names, not its radio facts.
    const codes = ownCodes.get(joined.id);
    const carrier = codes && !joined.mccmnc.some((code) => codes.has(code)) ? identityOnly(joined) : joined;
    const existing = byId.get(carrier.id);
    byId.set(carrier.id, existing ? mergeCarriers(existing, carrier) : carrier);
  }
  return [...byId.values()].sort((a, b) => compareCodes(a.id, b.id));
}

function buildGroup(rows: MccMncRecord[], asOf: string): Group {
  // The licence country is where most of the network's codes are filed (US for T-Mobile).
  const counts = new Map<string, number>();
  for (const row of rows) for (const code of countryCodesOf(row.countryCode)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareCodes(a[0], b[0]));
  const group = newGroup(ranked[0]![0]);
  ranked.slice(1).forEach(([code]) => group.territories.add(code));
  for (const row of rows) addRow(group, row, countryCodesOf(row.countryCode)[0]!, asOf);
  return group;
}

function newGroup(country: string): Group {
  return { country, territories: new Set(), rows: [], tokens: [], unread: [], facts: [], techOnly: new Set(), radio: false };
}

function addRow(group: Group, row: MccMncRecord, country: string, asOf: string): void {
  group.rows.push(row);
  // Each row is read under its own country's band plan (T-Mobile's PR codes under PR's).
  const parsed = parseCarrierBands(row.bands ?? '', {
    country,
    carrier: [row.brand, row.operator].filter(Boolean).join(' / '),
    mccmnc: `${row.mcc}-${row.mnc}`,
    notes: row.notes,
  });
  group.tokens.push(...parsed.tokens);
  if (parsed.tokens.length) group.radio = true;
  for (const item of parsed.unread) {
    if (item.kind === 'tech-only' && item.tech) group.techOnly.add(item.tech);
    if (item.kind === 'tech-only' || item.kind === 'ambiguous' || item.kind === 'other-tech') group.radio = true;
    if (item.kind !== 'no-radio' && !/^unknown$/i.test(item.token)) group.unread.push(item.token);
  }
  group.facts.push(...sunsetFacts(row.notes, asOf));
}

const TECH_FIELDS = { GSM: 'gsm', UMTS: 'umts', CDMA: 'cdma', TDSCDMA: 'tdscdma' } as const;

function toCarrier(group: Group, options: DeriveOptions, ids: CarrierIdMap): Carrier {
  const first = group.rows[0]!;
  const names = [...new Set(group.rows.flatMap((row) => [row.brand, row.operator]).filter((n): n is string => !!n))];
  const name = first.brand ?? first.operator!;
  const mccmnc = [...new Set(group.rows.map((row) => `${row.mcc}-${row.mnc}`))].sort();
  const id = ids.idOf({ source: 'mcc-mnc-list', country: group.country, mccmnc, names: [name, ...names.filter((n) => n !== name)] });
  const status = (tech: keyof typeof TECH_FIELDS) => techStatus(tech, group);
  const notes = [...new Set(group.rows.map((row) => row.notes).filter((n): n is string => !!n))];
  return {
    id,
    country: group.country,
    name,
    aliases: names.filter((n) => n !== name),
    mccmnc,
    territories: [...group.territories].sort(),
    kind: group.radio ? 'mno' : 'mvno',
    origin: 'derived',
    lte: layered(group.tokens, 'LTE'),
    nr: layered(group.tokens, 'NR'),
    gsm: status('GSM'),
    umts: status('UMTS'),
    tdscdma: status('TDSCDMA'),
    cdma: status('CDMA'),
    sources: [{ title: `mcc-mnc-list ${options.version ?? ''}`.trim(), ref: `MCC-MNC ${mccmnc.join(', ')}` }],
    ...(notes.length ? { notes: notes.join(' | ') } : {}),
    ...(group.unread.length ? { unread: [...new Set(group.unread)].sort() } : {}),
  };
}

const identityOnly = ({ unread: _unread, ...carrier }: Carrier): Carrier =>
  ({ ...carrier, lte: [], nr: [], gsm: UNKNOWN, umts: UNKNOWN, tdscdma: UNKNOWN, cdma: UNKNOWN });

const layered = (tokens: ParsedToken[], tech: 'LTE' | 'NR'): CarrierBand[] =>
  layeredBands(tokens.filter((t) => t.tech === tech).flatMap((t) => t.bands));

/**
 * A legacy technology's status: a note's switch-off wins over the band text (the text often
 * still lists a network the note says is gone); a switch-off of one band (`UMTS 2100 shut down`)
 * only removes that band. Not listed and not mentioned: `unknown`.
 */
function techStatus(tech: keyof typeof TECH_FIELDS, group: Group): TechStatus {
  const tokens = group.tokens.filter((t) => t.tech === tech);
  const facts = group.facts.filter((f) => f.tech === tech);
  const whole = latest(facts.filter((f) => f.mhz === undefined));
  const offMhz = new Set(facts.filter((f) => f.mhz !== undefined && f.state === 'off').map((f) => f.mhz));
  const kept = tokens.filter((t) => !offMhz.has(Number(/(\d{3,5})/.exec(t.token)?.[1])));
  const bands = sortBands([...new Set(kept.flatMap((t) => t.bands))]);
  const all = sortBands([...new Set(tokens.flatMap((t) => t.bands))]);
  if (whole) return { state: whole.state, ...(whole.date ? { date: whole.date } : {}), ...(all.length ? { bands: all } : {}), source: whole.text };
  if (bands.length) return { state: 'active', bands };
  const banded = latest(facts.filter((f) => f.mhz !== undefined));
  if (banded && (all.length || !group.techOnly.has(tech))) {
    return { state: 'off', ...(banded.date ? { date: banded.date } : {}), ...(all.length ? { bands: all } : {}), source: banded.text };
  }
  if (group.techOnly.has(tech)) return { state: 'active' };
  return { state: 'unknown' };
}

function latest(facts: SunsetFact[]): SunsetFact | undefined {
  return [...facts].sort((a, b) => compareCodes(b.date ?? '', a.date ?? ''))[0];
}

function mergeCarriers(a: Carrier, b: Carrier): Carrier {
  const bandUnion = (x: CarrierBand[], y: CarrierBand[]) => layeredBands([...x, ...y].map((band) => band.band));
  const pick = (x: TechStatus, y: TechStatus) => (x.state === 'unknown' ? y : x);
  const mccmnc = [...new Set([...a.mccmnc, ...b.mccmnc])].sort();
  return {
    ...a,
    aliases: [...new Set([...a.aliases, b.name, ...b.aliases])].filter((n) => n !== a.name),
    mccmnc,
    territories: [...new Set([...a.territories, ...b.territories])].filter((c) => c !== a.country).sort(),
    kind: a.kind === 'mno' || b.kind === 'mno' ? 'mno' : 'mvno',
    lte: bandUnion(a.lte, b.lte),
    nr: bandUnion(a.nr, b.nr),
    gsm: pick(a.gsm, b.gsm), umts: pick(a.umts, b.umts), tdscdma: pick(a.tdscdma, b.tdscdma), cdma: pick(a.cdma, b.cdma),
    sources: [{ ...a.sources[0]!, ref: `MCC-MNC ${mccmnc.join(', ')}` }],
    ...(a.notes || b.notes ? { notes: [a.notes, b.notes].filter(Boolean).join(' | ') } : {}),
    ...(a.unread || b.unread ? { unread: [...new Set([...(a.unread ?? []), ...(b.unread ?? [])])].sort() } : {}),
  };
}
