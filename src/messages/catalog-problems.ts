import type { Surface } from './surface.js';
import { listed } from './surface.js';

/** The compiled catalogs, as a sentence names them. */
export type CatalogName = 'carrier' | 'device' | 'TAC';

const capital = (name: CatalogName): string => name[0]!.toUpperCase() + name.slice(1);

/** Problems of the catalog: names that match nothing or several things, and a catalog that cannot be read. */
export type CatalogProblem =
  | { code: 'E_BAD_INPUT'; kind: 'empty-device-name'; parameter: string }
  | { code: 'E_AMBIGUOUS_DEVICE'; kind: 'ambiguous-device'; query: string; matches: string[] }
  | { code: 'E_UNKNOWN_DEVICE'; kind: 'unknown-model-number'; query: string; family: string[] }
  | { code: 'E_UNKNOWN_DEVICE'; kind: 'unknown-device'; query: string; brand?: string }
  | { code: 'E_UNKNOWN_COUNTRY'; kind: 'unknown-country'; query: string }
  | { code: 'E_CATALOG_VERSION'; kind: 'catalog-format'; catalog: CatalogName; file?: string; found: string; expected: number; script: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'unreadable-catalog'; catalog: CatalogName; file: string; script: string }
  | { code: 'E_UNKNOWN_CARRIER'; kind: 'unknown-carrier'; query: string; country: string; parameter?: string }
  | { code: 'E_UNKNOWN_CARRIER'; kind: 'ambiguous-carrier-name'; query: string }
  | { code: 'E_BAD_INPUT'; kind: 'not-an-imei'; input: string }
  | { code: 'E_BAD_INPUT'; kind: 'imei-length'; input: string; digits: number }
  | { code: 'E_BAD_INPUT'; kind: 'bad-imei-check-digit'; imei: string; expected: number; found: string };

/** Writes the one sentence (undefined for another area's kind) for a catalog problem. */
export function writeCatalogProblem(p: CatalogProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'empty-device-name':
      return surface === 'cli' ? 'Device name is empty' : `The parameter "${p.parameter}" is empty: name a device`;
    case 'ambiguous-device':
      return `"${p.query}" matches several devices: ${listed(p.matches)}`;
    case 'unknown-model-number':
      return `No variant with model number "${p.query}" is known. Its model family has ${listed(p.family)}, whose bands may differ from this model's; ask for it by name to check it anyway`;
    case 'unknown-device':
      return `No device matches "${p.query}"${p.brand ? ` from ${p.brand}` : ''}`;
    case 'unknown-country':
      return `Unknown country "${p.query}"`;
    case 'catalog-format':
      return `${capital(p.catalog)} catalog ${p.file ? `${p.file} ` : ''}is format ${p.found}, not ${p.expected}: run npm run ${p.script}`;
    case 'unreadable-catalog':
      return `Cannot read ${p.catalog} catalog ${p.file}: run npm run ${p.script}`;
    case 'unknown-carrier':
      return `No carrier "${p.query}" in ${p.country}${surface === 'http' && p.parameter ? ` ("${p.parameter}")` : ''}`;
    case 'ambiguous-carrier-name':
      return `"${p.query}" matches several carriers`;
    case 'not-an-imei':
      return `"${p.input}" is not an IMEI: use the 15 digits your phone shows when you dial *#06# (or the first 8, the TAC)`;
    case 'imei-length':
      return `"${p.input}" has ${p.digits} digits: an IMEI has 15 (dial *#06#), a TAC 8`;
    case 'bad-imei-check-digit':
      return `The check digit of IMEI ${p.imei} is wrong: the last digit should be ${p.expected}, not ${p.found}. Check the number on *#06# again`;
    default:
      return undefined; // a kind of another area
  }
}
