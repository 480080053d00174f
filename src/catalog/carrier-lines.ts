import { BandfitError } from '../errors.js';
import { checkCarrierFormat, decodeCarrier, decodeCatalog, type CarrierCatalog, type CompactCatalog } from './carrier-compact.js';
import type { Carrier } from './types.js';

const OPEN = ',"carriers":[';

/**
 * The carriers of a country in a catalog read by `readCarrierLines`, decoded on first use; the
 * catalogs of other origins (tests, overlays laid over a copy) are not in it.
 */
const countryIndex = new WeakMap<CarrierCatalog, (code: string) => readonly Carrier[]>();

/** The carriers serving `code` (an ISO code), if `catalog` can give them without decoding every carrier. */
export function lazyCarriersIn(catalog: CarrierCatalog, code: string): readonly Carrier[] | undefined {
  return countryIndex.get(catalog)?.(code);
}

/**
 * The compiled carrier catalog from its file text, decoded carrier by carrier as it is asked:
 * a CLI `check` needs the carriers of one country, and parsing and decoding all 1,252 was a
 * tenth of its start (bench/README.md, coldStart). The file has one carrier per line
 * (`catalogText` in scripts/build-carrier-catalog.ts); a file of another layout is parsed whole.
 * A line is decoded once, so every reader gets the same objects; `carriers` decodes the rest.
 */
export function readCarrierLines(text: string, path: string): CarrierCatalog {
  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json);
    } catch (cause) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'unreadable-catalog', catalog: 'carrier', file: path, script: 'build:catalog' }, { path: [path] }, cause);
    }
  };
  const lines = text.split('\n');
  const head = lines[0] ?? '';
  const last = lines.length - (lines.at(-1) === '' ? 2 : 1);
  if (!head.endsWith(OPEN) || lines[last] !== ']}') return decodeCatalog(parse(text) as CompactCatalog);
  const header = parse(`${head.slice(0, -OPEN.length)}}`) as Omit<CompactCatalog, 'carriers'>;
  checkCarrierFormat(header.formatVersion);
  const rows = lines.slice(1, last);
  const decoded: (Carrier | undefined)[] = new Array(rows.length);
  const at = (i: number): Carrier => {
    const found = decoded[i];
    if (found) return found;
    const row = rows[i]!;
    return (decoded[i] = decodeCarrier(parse(row.endsWith(',') ? row.slice(0, -1) : row) as Record<string, unknown>));
  };
  let all: Carrier[] | undefined;
  const catalog: CarrierCatalog = {
    formatVersion: header.formatVersion,
    dataVersion: header.dataVersion,
    buildDate: header.buildDate,
    get carriers() {
      return (all ??= rows.map((_, i) => at(i)));
    },
  };
  const byCountry = new Map<string, readonly Carrier[]>();
  countryIndex.set(catalog, (code) => {
    let list = byCountry.get(code);
    if (list) return list;
    // A carrier serving the country names its code as its country or one of its territories,
    // so its line holds `"US"`: only those lines are parsed, then checked field by field.
    const quoted = `"${code}"`;
    const served: Carrier[] = [];
    rows.forEach((row, i) => {
      if (!row.includes(quoted)) return;
      const carrier = at(i);
      if (carrier.country === code || carrier.territories.includes(code)) served.push(carrier);
    });
    byCountry.set(code, (list = served));
    return list;
  });
  return catalog;
}
