import type { Surface } from './surface.js';
import { example, listed, option } from './surface.js';

/** Problems of a query's input: what is missing, given twice, out of range or not in the catalog. */
export type QueryProblem =
  | { code: 'E_BAD_INPUT'; kind: 'phone-and-imei'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'phone-and-bands'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-phone-or-bands'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-phone'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-device-or-bands' }
  | { code: 'E_BAD_INPUT'; kind: 'no-phones'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-countries'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'too-many'; parameter: string; max: number; count: number; what: string }
  | { code: 'E_BAD_INPUT'; kind: 'unknown-currency'; parameter: string; currency: string }
  | { code: 'E_BAD_INPUT'; kind: 'bad-year'; parameter: string; input: string }
  | { code: 'E_BAD_INPUT'; kind: 'bad-limit'; parameter: string; input: string; max: number }
  | { code: 'E_BAD_INPUT'; kind: 'bad-date'; input: string; parameter?: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-country'; parameter: string }
  | { code: 'E_UNKNOWN_CARRIER'; kind: 'unknown-mccmnc'; parameter: string; mccmnc: string }
  | { code: 'E_AMBIGUOUS_CARRIER'; kind: 'ambiguous-carrier'; parameter: string; query: string; country?: string; count: number; matches: string[]; more: number }
  | { code: 'E_CORRUPT_DATA'; kind: 'no-variants'; device: string }
  | { code: 'E_BAD_INPUT'; kind: 'unknown-variant'; parameter: string; device: string; variant: string }
  | { code: 'E_BAD_INPUT'; kind: 'unknown-pasted-variant'; parameter: string; variant: string };

/** `"device"` over HTTP; on the CLI the thing itself, as the sentence already names it. */
const quoted = (surface: Surface, parameter: string): string => (surface === 'http' ? ` ("${parameter}")` : '');

/** Writes the one sentence (undefined for another area's kind) for a query problem, naming flags on the CLI and parameters over HTTP. */
export function writeQueryProblem(p: QueryProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'phone-and-imei':
      return surface === 'cli' ? 'Give either a phone or an IMEI, not both' : 'Give either a phone ("device") or an IMEI ("imei"), not both';
    case 'phone-and-bands':
      return surface === 'cli' ? 'Give either a phone or bands, not both' : 'Give either a phone ("device" or "imei") or its bands ("bands"), not both';
    case 'no-phone-or-bands':
      return surface === 'cli'
        ? 'Name a phone ("Xiaomi Mi 6"), give its IMEI (dial *#06#) or paste its bands'
        : 'Name a phone ("device", e.g. device=Xiaomi Mi 6), give its IMEI ("imei", dial *#06#) or paste its bands ("bands")';
    case 'no-phone':
      return surface === 'cli' ? 'Name a phone or give its IMEI' : `Name a phone ("${p.parameter}") or give its IMEI ("imei")`;
    case 'no-device-or-bands':
      return `Name a device or paste its bands with ${option(surface, 'bands')}`;
    case 'no-phones':
      return `Name at least one phone${quoted(surface, p.parameter)}`;
    case 'no-countries':
      return `Name at least one country${quoted(surface, p.parameter)}`;
    case 'too-many':
      return `At most ${p.max} ${p.what}${quoted(surface, p.parameter)}, got ${p.count}`;
    case 'unknown-currency':
      return `No exchange rate for currency "${p.currency}"${quoted(surface, p.parameter)}`;
    case 'bad-year':
      return `${surface === 'cli' ? `--${p.parameter}` : `The parameter "${p.parameter}"`} must be a year such as 2024, got "${p.input}"`;
    case 'bad-limit':
      return `${surface === 'cli' ? `--${p.parameter}` : `The parameter "${p.parameter}"`} must be a whole number from 1 to ${p.max}, got ${p.input}`;
    case 'bad-date':
      return `"${p.input}"${p.parameter ? quoted(surface, p.parameter) : ''} is not a date: give the day as YYYY-MM-DD, for example 2026-06-15`;
    case 'no-country':
      return `Say which country with ${option(surface, 'country', p.parameter)} (e.g. ${example(surface, 'country', 'US', p.parameter)}), or name the carrier by its MCC-MNC (${example(surface, 'carrier', '310-260')})`;
    case 'unknown-mccmnc':
      return `No carrier has MCC-MNC ${p.mccmnc}${quoted(surface, p.parameter)}`;
    case 'ambiguous-carrier': {
      const shown = listed(p.matches) + (p.more > 0 ? `; and ${p.more} more` : '');
      return `"${p.query}" fits ${p.count} carriers ${p.country ? `in ${p.country}` : 'as MCC-MNC'}: ${shown}. Say which with its full name, id or MCC-MNC${quoted(surface, p.parameter)}`;
    }
    case 'no-variants':
      return `${p.device} has no variant`;
    case 'unknown-variant':
      return `${p.device} has no variant "${p.variant}"${quoted(surface, p.parameter)}`;
    case 'unknown-pasted-variant':
      return `The pasted bands have no variant "${p.variant}"${quoted(surface, p.parameter)}`;
    default:
      return undefined; // a kind of another area
  }
}
