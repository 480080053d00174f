import fc from 'fast-check';

/**
 * Generators of hostile request parts for the HTTP fuzz tests: values a browser, a script or an
 * attacker could send, from the well-formed to the malformed.
 */

/** Keys that target `Object.prototype` through naive query or body merging. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'constructor[prototype][polluted]', '__proto__.polluted', 'hasOwnProperty', 'toString', 'valueOf'];

/** Values the routes do know, so the fuzz also reaches the engine and not only validation. */
const KNOWN_VALUES = ['US', 'DE', 'JP', 'CN', 'IN', 'Germany', 'united states', 'Xiaomi Mi 6', 'mi 6', 'MCE16', 'xiaomi-mi-6', 'Redmi', 'T-Mobile', 'verizon', '310-260', 'LTE 1, 3, 7, 20', 'GSM 900 / 1800', 'n78', 'full', 'partial', 'none', 'price', 'value', 'newest', 'usd', 'EUR', 'true', 'false', '1', '10', '50', '100'];

const HOSTILE_VALUES = [
  "'; DROP TABLE devices; --", '" OR 1=1 --', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '$(rm -rf /)', '`id`', 'a|b;c',
  '\u0000', '\u202e', '\ud83d\udcf1', 'ﬀ', '𝔘𝔖', 'null', 'undefined', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '-1e309', '9'.repeat(400),
  '0x10', '1_000', '[]', '{}', '[object Object]', ' ', ',', ',,,', '%', '%25', '..', '../../etc/passwd', '\\', '\r\n', ...PROTO_KEYS,
];

const numberText = fc.oneof(
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }).map(String),
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1e-400', '0.0000001', '100.5', '0', '-1', '5e-324', '1.7976931348623157e308'),
);

/** One query or body value: known, hostile, numeric, any unicode, or long. */
export const anyValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: numberText },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '𝔘', ',', 'LTE 1, '), fc.integer({ min: 90, max: 1400 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...KNOWN_VALUES), { maxLength: 40 }).map((list) => list.join(',')) },
);

/** Percent-encodes, mostly properly, sometimes raw or with broken escapes. */
function encode(text: string, mode: number): string {
  // encodeURIComponent throws on a lone surrogate; a client could not send one either.
  const safe = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  if (mode === 0) return encodeURIComponent(safe);
  if (mode === 1) return safe.replace(/[&#\s]/g, (c) => encodeURIComponent(c));
  // A truncated or invalid escape: `%E0%A4%A`, `%zz`.
  return `${encodeURIComponent(safe)}${['%', '%zz', '%E0%A4%A', '%C0%AF', '%FF', '%00'][mode % 6]}`;
}

/** A raw query string over a route's parameters plus random and prototype keys, repeated keys included. */
export function queryString(params: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 6, arbitrary: params.length ? fc.constantFrom(...params) : fc.constant('q') },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: params.length ? fc.constantFrom(...params).map((p) => `${p}[]`) : fc.constant('x[]') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) },
  );
  const pair = fc.tuple(key, anyValue, fc.nat({ max: 9 }), fc.nat({ max: 9 })).map(([k, v, km, vm]) => {
    const encodedKey = encode(k, km < 8 ? 0 : km);
    if (vm === 9) return encodedKey; // a bare key without `=`
    return `${encodedKey}=${encode(v, vm < 6 ? 0 : vm < 8 ? 1 : vm)}`;
  });
  return fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&'));
}

/** JSON text with `__proto__` and `constructor.prototype` as own keys, as an attacker would send it. */
export const protoJson = fc.constantFrom(
  '[{"__proto__":{"polluted":"yes"}}]',
  '[{"constructor":{"prototype":{"polluted":"yes"}}}]',
  '{"__proto__":[{"id":"x"}]}',
  '[{"id":"us-verizon","country":"US","__proto__":{"polluted":"yes"}}]',
  '[{"id":"fixture-p","brand":"B","name":"N","checked":"2026-01-01","sources":[{"title":"t"}],"variants":[{"id":"v","label":"L","bands":["B3"],"__proto__":{"polluted":"yes"}}]}]',
);

const PHONES = ['Xiaomi Mi 6', 'mi 6', 'MCE16', 'xiaomi-mi-6', 'Redmi Note 13 Pro', 'Redmi', 'Xiaomi 14', 'POCO F5', 'Mi'];
const COUNTRIES = ['US', 'DE', 'JP', 'CN', 'IN', 'BR', 'GB', 'FR', 'KR', 'Germany', 'united states', 'Deutschland'];
const list = (items: string[], max: number) => fc.array(fc.constantFrom(...items), { minLength: 1, maxLength: max }).map((l) => l.join(','));

/** Values that pass validation, per parameter, so the fuzz reaches the engine and the store. */
const VALID: Record<string, fc.Arbitrary<string>> = {
  device: fc.constantFrom(...PHONES),
  q: fc.oneof(fc.constantFrom(...PHONES), fc.constantFrom(...PHONES).chain((p) => fc.nat({ max: p.length }).map((n) => p.slice(0, n)))),
  bands: fc.constantFrom('LTE 1, 3, 7, 20', 'GSM 850 / 900 / 1800 / 1900', 'HSDPA 850 / 1900 / 2100', '1, 3, 7, 8, 20', 'n1/n3/n28/n41/n78', 'CDMA 800', 'TD-SCDMA', 'LTE (unspecified)'),
  country: fc.constantFrom(...COUNTRIES),
  carrier: fc.constantFrom('T-Mobile', 'verizon', 'AT&T', '310-260', 'us-verizon', 'Vodafone', 'docomo', 'China Mobile'),
  variant: fc.constantFrom('Global', 'China', 'MCE16', 'India', 'xiaomi-mi-6-cn'),
  includeAll: fc.constantFrom('true', 'false'),
  maxPrice: fc.oneof(fc.double({ min: 0.01, max: 1e7, noNaN: true }).map(String), fc.integer({ min: 1, max: 5000 }).map(String)),
  currency: fc.constantFrom('usd', 'EUR', 'JPY', 'INR', 'CNY', 'GBP'),
  minVerdict: fc.constantFrom('full', 'partial', 'limited', 'none'),
  sort: fc.constantFrom('value', 'performance', 'price', 'newest'),
  limit: fc.integer({ min: 1, max: 50 }).map(String),
  devices: list(PHONES, 4),
  countries: list(COUNTRIES, 6),
};
const REQUIRED: Record<string, string[]> = { check: ['country', 'device'], where: ['device'], phones: ['country'], trip: ['devices', 'countries'], compare: ['devices'], carriers: ['country'] };

/**
 * A query that is mostly valid: the route's required parameters plus some optional ones, each
 * value valid most of the time and hostile or random otherwise (repeated keys included).
 */
export function structuredQuery(route: string, params: readonly string[]): fc.Arbitrary<string> {
  const required = REQUIRED[route] ?? [];
  const optional = params.filter((p) => !required.includes(p));
  const value = (p: string) => fc.oneof({ weight: 4, arbitrary: VALID[p] ?? anyValue }, { weight: 1, arbitrary: anyValue.filter((v) => v.length < 300) });
  return fc
    .tuple(fc.subarray(optional), fc.boolean())
    .chain(([chosen, repeat]) => {
      const keys = [...required, ...chosen, ...(repeat && params.length ? [params[0]!] : [])];
      return fc.tuple(...keys.map((k) => value(k).map((v) => `${encodeURIComponent(k)}=${encode(v, 0)}`)));
    })
    .map((pairs) => pairs.join('&'));
}
