/**
 * ONE-TIME SEED, not a build step. Turns the Band Atlas tables (CC BY 4.0) and the npm
 * `mcc-mnc-list` entries into draft `data/carriers/<cc>.json` records. The drafts were then
 * reviewed and corrected by hand (and MVNOs added), so the JSON files are the source of truth:
 * running this again overwrites those corrections. See docs/data-carriers.md.
 *
 * The same read → validate → merge shape as the build and `bandfit import carriers`: the bands
 * are read by the import's Band Atlas reader (`readBandAtlas`), validated and combined per
 * network (`checkedCarrierRows`); each draft is checked by the one carrier validator
 * (`carrierProblems`, as the build checks data/carriers) before anything is written.
 *
 *   npx tsx scripts/seed-carriers-from-band-atlas.ts <band-atlas dir> <out dir>
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { carrierIdMap } from '../src/catalog/carrier-ids.js';
import { checkedCarrierRows } from '../src/catalog/carrier-rows.js';
import type { CuratedCarrier, Source, TechState, TechStatus } from '../src/catalog/types.js';
import { carrierProblems, problemText } from '../src/catalog/validate-carrier.js';
import { bandAtlasDate, readBandAtlas } from '../src/import/read-band-atlas.js';
import { readCsv } from '../src/import/read-csv.js';

type Row = Record<string, string>;
interface MccMncEntry { countryCode: string | null; mcc: string; mnc: string; brand: string | null; operator: string | null; status: string; bands: string | null }

const ATLAS_CHECKED = '2026-10-02';
const TODAY = '2026-11-23';
const require = createRequire(import.meta.url);
const mccMnc: MccMncEntry[] = require('mcc-mnc-list').all();

/** Names under which `mcc-mnc-list` files a network, where they differ from Band Atlas's. */
const MCC_NAMES: Record<string, string[]> = {
  'US,t-mobile': ['T-Mobile'], 'US,att': ['AT&T'], 'US,verizon': ['Verizon', 'Verizon Wireless'],
  'JP,kddi': ['au'], 'JP,ntt-docomo': ['NTT docomo'], 'DE,telekom-de': ['Telekom'], 'DE,o2-de': ['O2'],
  'IN,jio': ['Jio', 'Reliance Jio'], 'IN,vi-in': ['Vi India'], 'IN,bsnl': ['BSNL Mobile', 'CellOne'],
  'AE,etisalat': ['Etisalat', 'e&'], 'GB,o2': ['O2 (UK)', 'O2'], 'GB,three': ['3'],
  'CN,china-broadnet': ['China Broadnet', 'China Broadcasting Network'], 'FR,bouygues': ['Bouygues'],
  'FR,free-fr': ['Free'], 'AT,at-drei': ['3'], 'KR,skt': ['SKTelecom'], 'KW,ooredoo-kw': ['Ooredoo'],
  'KW,zain-kw': ['zain KW'], 'KW,stc-kw': ['STC'], 'SA,stc-sa': ['Al Jawal (STC )'], 'SA,zain-sa': ['Zain SA'],
  'QA,ooredoo-qa': ['Ooredoo'], 'QA,vodafone-qa': ['Vodafone'], 'HU,hu-magyar-telekom': ['Telekom'],
  'HU,hu-vodafone': ['Vodafone'], 'NL,odido': ['T-Mobile', 'Tele2'], 'ES,masorange-es': ['Orange', 'Yoigo'],
  'RU,ru-t2': ['Tele2'], 'TH,th-true': ['=TrueMove H', '=TrueMove', '=dtac'], 'MY,my-celcomdigi': ['Celcom', 'DiGi'],
  'MY,my-unifi': ['unifi'], 'EG,eg-etisalat': ['Etisalat'], 'NZ,one-nz': ['Vodafone'], 'HK,hk-chinamobilehongkong': ['CMCC HK'],
  'HK,hk-csl': ['1O1O / One2Free / New World Mobility / SUNMobile'], 'TW,tw-chunghwatelecom': ['Chunghwa'],
  'IE,ie-three': ['3'], 'SE,se-tre': ['3'], 'ID,xlsmart': ['XL', 'Smartfren'], 'MX,altan': ['Red Compartida'],
  'HR,hr-hrvatski-telekom': ['HT HR'], 'RS,rs-mts': ['mt:s'], 'GE,ge-magticom': ['Magti'],
  'GE,ge-silknet': ['Geocell', 'S1', 'Silk LTE'], 'MA,ma-maroc-telecom': ['IAM'], 'TN,tn-tunisie-telecom': ['Tunicell'],
  'LK,lk-mobitel': ['SLTMobitel'], 'BD,bd-robi': ['Robi'], 'KZ,kz-tele2-altel': ['Tele2.kz', 'Altel'],
  'MK,mk-makedonski-telekom': ['Telekom.mk'], 'ME,me-crnogorski-telekom': ['telekom.me'], 'SI,si-telekom-slovenije': ['Mobitel'],
  'AM,am-viva': ['VivaCell-MTS'], 'GH,gh-telecel': ['Vodafone'], 'NP,np-ntc': ['Namaste / NT Mobile / Sky Phone'],
  'NP,np-smart': ['SmartCell'], 'MD,md-unite': ['Moldtelecom'], 'LA,la-ltc': ['LaoTel'], 'KG,kg-mega': ['MegaCom'],
  'AD,ad-andorra-telecom': ['Som, Mobiland'], 'MC,mc-monaco-telecom': ['Office des Telephones'], 'ZW,zw-netone': ['Net*One'],
  'TZ,tz-yas': ['tiGO'], 'TM,tm-tmcell': ['TM-Cell'], 'TL,tl-timor-telecom': ['TT'], 'CI,ci-moov': ['Moov'],
  'ML,ml-moov': ['Malitel'], 'MR,mr-moov': ['Moov'], 'LY,ly-almadar': ['Madar'], 'DJ,dj-djibouti-telecom': ['Evatis'],
  'VU,vu-tvl': ['SMILE'], 'SB,sb-our-telecom': ['BREEZE'], 'IS,is-syn': ['Vodafone'], 'LI,li-salt': ['7acht'],
  'MU,mu-mtml': ['MOKOZE / AZU', 'CHILI'], 'KH,kh-smart': ['Smart'], 'BW,bw-btc': ['beMobile'], 'NC,nc-opt-nc': ['Mobilis'],
  'TJ,tj-babilon': ['Babilon-M', 'Babilon-T'], 'MM,mm-atom': ['Telenor'], 'PA,pa-mas-movil': ['Cable & Wireless'],
  'GY,gy-gtt': ['GT&T Cellink Plus'], 'KM,km-telma': ['TELCO SA'],
};

const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9&+]+/g, ' ').trim();

/** Operational, non-MVNO `mcc-mnc-list` entries of the country whose brand or operator names this network. */
function matchCodes(cc: string, operatorId: string, name: string): MccMncEntry[] {
  // A leading `=` asks for the exact brand only (`TrueMove H` but not `TrueMove H / my by NT`).
  const names = MCC_NAMES[`${cc},${operatorId}`] ?? [name.replace(/\s*\(.*\)$/, '')];
  return mccMnc.filter((e) => {
    if (!(e.countryCode ?? '').split('/').includes(cc) || e.status !== 'Operational' || /MVNO/i.test(e.bands ?? '')) return false;
    const brand = norm(e.brand);
    return names.some((n) => (n.startsWith('=') ? brand === norm(n.slice(1)) : brand === norm(n) || brand.startsWith(`${norm(n)} `)));
  });
}

/** `mcc-mnc-list` band text (`GSM 900 / UMTS 2100`) to 2G/3G band ids; ambiguous tokens are skipped. */
const LEGACY: Record<string, string> = {
  'GSM 850': 'GSM850', 'GSM 900': 'GSM900', 'GSM 1800': 'GSM1800', 'GSM 1900': 'GSM1900',
  'UMTS 2100': 'U1', 'UMTS 1900': 'U2', 'UMTS 1700': 'U4', 'UMTS 850': 'U5', 'UMTS 900': 'U8',
  'CDMA 850': 'BC0', 'CDMA2000 850': 'BC0', 'CDMA 1900': 'BC1', 'CDMA2000 1900': 'BC1',
  'TD-SCDMA 2000': 'TD34', 'TD-SCDMA 2010': 'TD34', 'TD-SCDMA 1900': 'TD39',
};
function legacyBands(entries: MccMncEntry[], prefix: string): string[] {
  const out = new Set<string>();
  for (const e of entries) for (const token of (e.bands ?? '').split('/').map((t) => t.trim())) {
    const id = LEGACY[token];
    if (id && token.startsWith(prefix)) out.add(id);
  }
  return [...out].sort();
}

/**
 * Band Atlas switch-off words to bandfit states. Its `none` is ambiguous (no switch-off on record
 * for Airtel IN's running GSM; no GSM at all for Bell CA), so it reads as active only where
 * mcc-mnc-list still lists bands of that technology, and as unknown otherwise.
 */
function techStatus(state: string, date: string, source: string, bands: string[]): TechStatus | undefined {
  const map: Record<string, TechState> = { off: 'off', ending: 'ending', planned: 'ending', never: 'none', unknown: 'unknown' };
  const s = state === 'none' ? (bands.length ? 'active' : 'unknown') : map[state];
  if (!s) return undefined;
  const status: TechStatus = { state: s };
  if (date) status.date = bandAtlasDate(date);
  if (bands.length && s !== 'off' && s !== 'none') status.bands = bands;
  if (source) status.source = `band-atlas ${source}`;
  return status;
}

const KEY_ORDER = ['id', 'country', 'name', 'aliases', 'mccmnc', 'territories', 'kind', 'host', 'lte', 'nr', 'gsm', 'umts', 'cdma', 'nrSa', 'volteRequired', 'sharePercent', 'notes', 'checked', 'sources'];

/** Pretty JSON with one band (and one short list) per line, so diffs of hand edits stay small. */
export function formatCarriers(list: CuratedCarrier[]): string {
  const ordered = list.map((r) => Object.fromEntries(KEY_ORDER.filter((k) => k in r).map((k) => [k, r[k as keyof CuratedCarrier]])));
  return `${JSON.stringify(ordered, null, 2)
    .replace(/\{\n\s+("band"[^{}]*?)\n\s+\}/g, (_m, body: string) => `{ ${body.replace(/\n\s+/g, ' ')} }`)
    .replace(/\[\n\s+("[^[\]{}]*?")\n\s+\]/g, (_m, body: string) => `[${body.replace(/\n\s+/g, ' ')}]`)}\n`;
}

/** network_bands.csv read, validated and combined per network as `bandfit import carriers` does. */
function readBands(atlasDir: string, ids: ReturnType<typeof carrierIdMap>) {
  const name = 'network_bands.csv';
  const { rows, problems } = readCsv(readFileSync(join(atlasDir, name), 'utf8'), name);
  const read = readBandAtlas(rows, 'network-bands', name, ids);
  const checked = checkedCarrierRows(read.rows);
  const bad = [...problems, ...read.rejected, ...checked.rejected.map(({ line, problem }) => ({ line, reason: problem.reason }))];
  if (bad.length) throw new Error(`${name}: ${bad.map((p) => `line ${p.line}: ${p.reason}`).slice(0, 20).join('; ')}`);
  // The drafts cite Band Atlas once per network (below), not once per row.
  return new Map(checked.records.map(({ lte, nr, id }) => [id, { lte, nr }]));
}

function main(atlasDir: string, outDir: string): void {
  const read = (f: string): Row[] => parse(readFileSync(join(atlasDir, f)), { columns: true, skip_empty_lines: true });
  const networks = read('networks.csv');
  const sunsets = read('sunset.csv');
  const byCountry = new Map<string, CuratedCarrier[]>();
  // The drafts know no network yet: each gets the id the build and `import carriers` give its row.
  const ids = carrierIdMap([]);
  const bandsOf = readBands(atlasDir, ids);
  for (const n of networks) {
    const cc = n.country!, op = n.operator_id!;
    const ref = `${cc},${op}`;
    const codes = matchCodes(cc, op, n.operator!);
    const notes: string[] = [];
    const atlas: Source = {
      title: 'Band Atlas · Hyper Nexus', url: 'https://www.aiotrf.com/ai/band-atlas/',
      credit: 'Band Atlas · Hyper Nexus (https://www.aiotrf.com/ai/band-atlas/), CC BY 4.0',
      ref: `network_bands.csv/networks.csv/sunset.csv: ${ref}`, checked: ATLAS_CHECKED,
    };
    const record: CuratedCarrier = { id: ids.idOf({ source: 'band-atlas', country: cc, operatorId: op }), country: cc, name: n.operator!, kind: 'mno', sources: [atlas], checked: ATLAS_CHECKED };
    if (n.group && n.group !== n.operator) record.aliases = [n.group];
    if (codes.length) record.mccmnc = [...new Set(codes.map((e) => `${e.mcc}-${e.mnc}`))].sort();
    const atlasBands = bandsOf.get(record.id);
    if (atlasBands?.lte?.length) record.lte = atlasBands.lte;
    if (atlasBands?.nr?.length) record.nr = atlasBands.nr;
    // Sunset events fill a date networks.csv lacks; a different date is kept in the notes.
    const dated = (tech: '2G' | '3G', date: string): string => {
      const event = sunsets.find((s) => s.country === cc && s.operator_id === op && s.network!.startsWith(tech));
      if (event && date && event.date !== date) notes.push(`Band Atlas sunset.csv gives ${tech} ${event.status} ${event.date}, networks.csv ${date}.`);
      return date || event?.date || '';
    };
    const gsm = techStatus(n['2g']!, dated('2G', n['2g_date']!), n['2g_source']!, legacyBands(codes, 'GSM'));
    const umts = techStatus(n['3g']!, dated('3G', n['3g_date']!), n['3g_source']!, legacyBands(codes, 'UMTS'));
    if (gsm) record.gsm = gsm;
    if (umts) record.umts = umts;
    const cdmaBands = legacyBands(codes, 'CDMA');
    if (cdmaBands.length) record.cdma = { state: 'unknown', bands: cdmaBands, source: 'mcc-mnc-list band text' };
    if (n.sa === 'yes') record.nrSa = true;
    if (n.sa === 'nsa') record.nrSa = false;
    const gone = (t?: TechStatus): boolean => t?.state === 'off' || t?.state === 'none';
    if (gone(record.gsm) && gone(record.umts) && !record.cdma) record.volteRequired = true;
    if (codes.length) {
      record.sources.push({
        title: 'mcc-mnc-list (npm, from Wikipedia "Mobile Network Codes")', url: 'https://www.npmjs.com/package/mcc-mnc-list',
        ref: `all(): countryCode ${cc}, brand ${[...new Set(codes.map((e) => e.brand))].join(' / ')}`, checked: TODAY,
      });
    }
    if (notes.length) record.notes = notes.join(' ');
    const list = byCountry.get(cc) ?? [];
    list.push(record);
    byCountry.set(cc, list);
  }
  const problems = [...byCountry.values()].flat().flatMap((r) => carrierProblems(r, 'complete').map((p) => `${r.id}: ${problemText(p)}`));
  if (problems.length) throw new Error(`drafts not written, ${problems.length} problems:\n${problems.slice(0, 20).join('\n')}`);
  mkdirSync(outDir, { recursive: true });
  for (const [cc, list] of byCountry) writeFileSync(join(outDir, `${cc.toLowerCase()}.json`), formatCarriers(list));
  console.log(`${networks.length} networks, ${byCountry.size} countries written to ${outDir}`);
}

if (process.argv[1]?.endsWith('seed-carriers-from-band-atlas.ts')) main(process.argv[2] ?? '../shared/data/band-atlas', process.argv[3] ?? 'data/carriers');
