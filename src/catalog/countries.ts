import { createRequire } from 'node:module';
// The core without its 80 locales (the package's main entry registers them all: 23 ms at start).
import countriesLib from 'i18n-iso-countries/index.js';
import { BandfitError } from '../errors.js';
import { foldName } from './fold-name.js';
import { compareCodes } from './compare-names.js';

/** A country (or territory with its own ISO 3166-1 alpha-2 code) users can name. */
export interface Country {
  /** ISO 3166-1 alpha-2 (`US`); `XK` for Kosovo (user-assigned code, used by the EU and IMF). */
  code: string;
  /** English short name from `i18n-iso-countries` (`United States of America`). */
  name: string;
  /** Other names users type: ISO alternatives plus the alias table below. */
  aliases: string[];
}

const require = createRequire(import.meta.url);
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * Everyday names the ISO list lacks. Kept small: each is a name people type for a country,
 * not a translation table.
 */
const EXTRA_ALIASES: Readonly<Record<string, string[]>> = {
  US: ['America', 'United States', 'U.S.', 'USA', 'US of A', 'the States'],
  GB: ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  DE: ['Deutschland', 'Germany'],
  NL: ['Holland', 'Nederland'],
  CH: ['Schweiz', 'Suisse', 'Svizzera'],
  AT: ['Österreich', 'Oesterreich'],
  ES: ['España', 'Espana'],
  JP: ['Nippon', 'Nihon'],
  KR: ['Korea'],
  KP: ['North Korea'],
  CN: ['PRC', 'Mainland China'],
  TW: ['Republic of China', 'ROC'],
  RU: ['Russia'],
  CZ: ['Czech Republic', 'Czechia'],
  AE: ['UAE', 'Emirates'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  MM: ['Burma'],
  VN: ['Vietnam'],
  IR: ['Iran'],
  SY: ['Syria'],
  LA: ['Laos'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MK: ['Macedonia'],
};

/**
 * Pseudo-countries: codes bandfit accepts that are not ISO 3166-1 alpha-2 assignments, added
 * only where i18n-iso-countries does not already list them (its 7.x releases carry XK).
 */
const PSEUDO: readonly Country[] = [{ code: 'XK', name: 'Kosovo', aliases: ['Kosova'] }];

const fold = foldName;

function build(): Country[] {
  const names = countriesLib.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const list: Country[] = Object.entries(names).map(([code, [name = code, ...rest]]) => ({
    code,
    name,
    aliases: [...new Set([...rest, ...(EXTRA_ALIASES[code] ?? [])])].filter((alias) => alias !== name),
  }));
  const listed = new Set(list.map((country) => country.code));
  const extra = PSEUDO.filter((country) => !listed.has(country.code));
  for (const country of list) {
    const pseudo = PSEUDO.find((p) => p.code === country.code);
    if (pseudo) country.aliases = [...new Set([...country.aliases, ...pseudo.aliases])].filter((alias) => alias !== country.name);
  }
  // Codes are two capital letters, so code-unit order is alphabetical order.
  return [...list, ...extra].sort((a, b) => compareCodes(a.code, b.code));
}

/** Every country bandfit knows, by code. */
export const COUNTRIES: readonly Country[] = build();

const index = new Map<string, Country>();
for (const country of COUNTRIES) index.set(fold(country.code), country);
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) if (!index.has(fold(name))) index.set(fold(name), country);
}

/**
 * ISO codes of a `mcc-mnc-list` `countryCode`. The package joins the territories a network
 * serves (`AU/CC/CX`, `BL/GF/GP/MF/MQ`) and uses the ISO 3166-2 subdivision `GE-AB` for
 * Abkhazia, which bandfit files under its ISO 3166-1 parent, Georgia (`GE`).
 */
export function countryCodesOf(code: string | null | undefined): string[] {
  if (!code) return [];
  return [...new Set(code.split('/').map((part) => part.trim().toUpperCase().split('-')[0]!))].filter((part) => index.has(fold(part)));
}

/** The country a code or name means (`de`, `Deutschland`, `U.S.A.`), or `undefined`. */
export function findCountry(query: string): Country | undefined {
  if (typeof query !== 'string') return undefined;
  const key = fold(query);
  if (!key) return undefined;
  return index.get(key) ?? index.get(key.replace(/^the /, ''));
}

/**
 * The country a code or name means; throws `E_UNKNOWN_COUNTRY` with the closest names.
 * @example getCountry('Holland').code // 'NL'
 */
export function getCountry(query: string): Country {
  const country = findCountry(query);
  if (country) return country;
  throw new BandfitError({ code: 'E_UNKNOWN_COUNTRY', kind: 'unknown-country', query: String(query) }, {
    suggestions: suggestCountries(String(query)),
  });
}

/** Up to five country codes whose names are closest to the query (prefix, then edit distance). */
export function suggestCountries(query: string, limit = 5): string[] {
  const key = fold(query);
  if (!key) return [];
  const scored = [...index.entries()].map(([name, country]) => ({
    code: country.code,
    score: name.startsWith(key) ? 0 : distance(key, name.slice(0, key.length + 2)),
  }));
  scored.sort((a, b) => a.score - b.score || compareCodes(a.code, b.code));
  const out: string[] = [];
  for (const { code, score } of scored) {
    if (score > Math.max(2, key.length / 2)) break;
    if (!out.includes(code)) out.push(code);
    if (out.length === limit) break;
  }
  return out;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** English short name of an ISO 3166-1 alpha-2 code (`United States`), or the code when unknown. */
export function countryName(code: string): string {
  return countriesLib.getName(code, 'en', { select: 'alias' }) ?? countriesLib.getName(code, 'en') ?? code;
}
