import type { Tech } from '../types.js';

/**
 * One piece of a band list as spec sheets write it (`HSDPA 850 / 1700(AWS)`, `1, 3, 28A`,
 * `SA/NSA/Sub6`). The tokenizer only cuts; `read-band-line.ts` decides what a number means.
 */
export type BandToken =
  | { kind: 'tech'; tech: Tech; tdd: boolean; text: string }
  /** A number; `forced` when a prefix fixes its technology (`n78`, `BC0`). */
  | { kind: 'num'; value: number; suffix: string; forced?: Tech; marker?: 'AWS' | 'SMR'; text: string }
  | { kind: 'range'; low: number; high: number; text: string }
  /** `1700/2100` written as one pair, or a bare `AWS`: the AWS-1 band of the technology. */
  | { kind: 'aws'; text: string }
  | { kind: 'mode'; mode: 'SA' | 'NSA' | null; text: string }
  /** Read and meaningless for bands: `band`, `MHz`, `(unspecified)`, `N/A`. */
  | { kind: 'note'; text: string }
  /** `Yes` in a band field: the technology is there, its bands are not given. */
  | { kind: 'present'; text: string }
  | { kind: 'roman'; value: number; text: string }
  | { kind: 'unknown'; text: string; reason: string };

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => BandToken | null;
}

const TECH_WORDS: readonly [RegExp, Tech, boolean][] = [
  [/^(?:cdma2000|cdma|1x|1xrtt|ev-?do|1x\s*ev-?do|cdma2000\s*1x(?:\s*ev-?do)?(?:\s*rev\.?\s*[ab0])?)$/i, 'CDMA', false],
  [/^(?:td-?scdma|td-?hsdpa)$/i, 'TDSCDMA', true],
  [/^(?:td-?lte|tdd-?lte|lte[- ]?tdd)$/i, 'LTE', true],
  [/^(?:lte|lte-a|lte-advanced|lte[- ]?fdd|fdd-?lte|4g)$/i, 'LTE', false],
  [/^(?:5g(?:\s*nr)?|nr)$/i, 'NR', false],
  [/^(?:hsdpa\+?|hsupa|hspa\+?|dc-hsdpa|dc-hspa\+?|umts|w-?cdma|3g)$/i, 'UMTS', false],
  [/^(?:gsm|2g)$/i, 'GSM', false],
];

const TECH_PHRASE =
  /(?:cdma2000\s*1x(?:\s*ev-?do)?(?:\s*rev\.?\s*[ab0])?|1x\s*ev-?do|1xrtt|ev-?do|cdma2000|w-?cdma|td-?scdma|td-?hsdpa|td-?lte|tdd-?lte|fdd-?lte|lte[- ](?:tdd|fdd)|lte-advanced|lte-a|dc-hsdpa|dc-hspa\+?|hsdpa\+?|hsupa|hspa\+?|umts|cdma|lte|5g\s*nr|5g|4g|3g|2g|gsm|nr|1x)(?![a-z0-9])/iy;

function techToken(text: string): BandToken {
  const flat = text.replace(/\s+/g, ' ');
  for (const [re, tech, tdd] of TECH_WORDS) {
    if (re.test(flat)) return { kind: 'tech', tech, tdd, text };
  }
  return { kind: 'unknown', text, reason: 'unrecognised technology name' };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** `VIII` → 8; only well-formed numerals up to 39, since UMTS bands stop at XXVI. */
export function romanValue(text: string): number | undefined {
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const RULES: readonly Rule[] = [
  { re: TECH_PHRASE, make: (m) => techToken(m[0]) },
  { re: /(?:sub-?6|mmwave|fr1|fr2)(?![a-z0-9])/iy, make: (m) => ({ kind: 'mode', mode: null, text: m[0] }) },
  { re: /(nsa|sa)(?![a-z0-9])/iy, make: (m) => ({ kind: 'mode', mode: m[1]!.toUpperCase() as 'SA' | 'NSA', text: m[0] }) },
  { re: /band\s*(\d{1,3})(?![\d.a-z])/iy, make: (m) => num(m, undefined) },
  {
    // Availability notes; the parentheses around them are separators.
    re: /(?:unspecified|optional|market[- ]dependa?e?nt|region[- ]dependent|(?:(?:single|dual)\s+or\s+)?(?:single|dual)[- ]?sim(?:\s+models?)?(?:\s+only)?|(?:dual|tri|quad|penta)-band|(?:lte\s+|5g\s+)?(?:models?|versions?)\s+only)(?![a-z0-9])/iy,
    make: (m) => ({ kind: 'note', text: m[0] }),
  },
  {
    // A SIM note without its dash (`HSDPA 850 / 900 / 2100 SIM 1 or SIM 2`, Yezz Andy A5 1GB).
    re: /sim\s*\d+(?:\s*(?:&|and|or|,|\/)\s*sim\s*\d+)*(?:\s+only)?(?![a-z0-9])/iy,
    make: (m) => ({ kind: 'note', text: m[0] }),
  },
  { re: /(?:n\/a|bands?|network|technology|mhz)(?![a-z0-9])/iy, make: (m) => ({ kind: 'note', text: m[0] }) },
  { re: /yes(?![a-z0-9])/iy, make: (m) => ({ kind: 'present', text: m[0] }) },
  { re: /aws(?:-1)?(?![a-z0-9])/iy, make: (m) => ({ kind: 'aws', text: m[0] }) },
  { re: /(?:1700\s*\/\s*2100|2100\s*\/\s*1700)(?![\d])/y, make: (m) => ({ kind: 'aws', text: m[0] }) },
  {
    re: /(\d{3,4})\s*[-–]\s*(\d{3,4})(?![\d.])/y,
    make: (m) => ({ kind: 'range', low: Number(m[1]), high: Number(m[2]), text: m[0] }),
  },
  { re: /bc\s?(\d{1,3})(?![\d.])/iy, make: (m) => num(m, 'CDMA') },
  { re: /[nN](\d{1,3})(?![\d.a-zA-Z])/y, make: (m) => num(m, 'NR') },
  { re: /[bB](\d{1,3})(?![\d.a-zA-Z])/y, make: (m) => num(m, undefined) },
  {
    // A number, an optional letter suffix (`28A`, `850MHz`) and an optional marker:
    // `1700(AWS)`, `800 SMR`, or a frequency annotation `1(2100)` that only restates the band.
    re: /(\d+(?:\.\d+)?)([a-z]*)(?:\s*\(\s*(aws|\d{3,4}(?:\s*mhz)?)\s*\)|\s+(smr)(?![a-z]))?/iy,
    make: (m) => {
      const token = num(m, undefined);
      if (token.kind !== 'num') return token;
      const marker = (m[3] ?? m[4] ?? '').toUpperCase();
      if (marker === 'AWS' || marker === 'SMR') token.marker = marker;
      if (/\./.test(m[1]!)) return { kind: 'unknown', text: m[0], reason: 'not a band number or frequency' };
      return token;
    },
  },
  { re: /(?:\.{2,}|…)/y, make: (m) => ({ kind: 'unknown', text: m[0], reason: 'elided list: the bands left out are not known' }) },
  {
    re: /[A-Z]{1,6}(?![a-zA-Z0-9])/y,
    make: (m) => {
      const value = romanValue(m[0]);
      return value === undefined ? null : { kind: 'roman', value, text: m[0] };
    },
  },
];

function num(m: RegExpExecArray, forced: Tech | undefined): BandToken {
  const token: BandToken = { kind: 'num', value: Number(m[1]), suffix: m[2] ?? '', text: m[0] };
  if (/^mhz$/i.test(token.suffix)) token.suffix = '';
  if (forced) token.forced = forced;
  return token;
}

/** Separators between list items: spaces, `,` `/` `&` `;` `+` `|` `:`, parentheses, `and`, `or`. */
const SEPARATOR = /(?:[\s,/&;+|:()]|(?:and|or)(?![a-z0-9]))+/iy;
const WORD = /[^\s,/&;+|:()]+/y;

/** Cuts band text into tokens; every character ends up in a token or a separator. */
export function tokenizeBandText(text: string): BandToken[] {
  const tokens: BandToken[] = [];
  let at = 0;
  while (at < text.length) {
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(text)) {
      at = SEPARATOR.lastIndex;
      continue;
    }
    let matched = false;
    for (const rule of RULES) {
      rule.re.lastIndex = at;
      const m = rule.re.exec(text);
      if (!m || m[0] === '') continue;
      const token = rule.make(m);
      if (!token) continue;
      tokens.push(token);
      at = rule.re.lastIndex;
      matched = true;
      break;
    }
    if (matched) continue;
    WORD.lastIndex = at;
    const word = WORD.exec(text);
    const raw = word ? word[0] : text[at]!;
    tokens.push({ kind: 'unknown', text: raw, reason: 'not band text' });
    at += raw.length;
  }
  return tokens;
}
