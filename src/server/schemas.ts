import { Type, type Static, type TSchema } from '@fastify/type-provider-typebox';
import { MAX_COUNTRIES, MAX_DEVICES } from '../service/query-limits.js';

/**
 * Query and body schemas of every route. Fastify validates against them before a handler
 * runs (a failure answers 400 naming the parameter) and @fastify/swagger turns them into the
 * OpenAPI document, so the limits written here are the limits docs/api.md states.
 */

// The limits are the queries' own (src/service/query-limits.ts); the schemas state them for OpenAPI.
export { MAX_COUNTRIES, MAX_DEVICES };

const name = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });
const country = (description = 'ISO 3166-1 alpha-2 code or English name (`US`, `Germany`)') => name(description);
const imei = (description: string, maxLength = 40) => Type.String({ minLength: 1, maxLength, description });
const IMEI_HELP = 'The phone by IMEI (dial *#06#: 15 digits, the last a Luhn check digit) or its 8-digit TAC; spaces and dashes allowed. The answer\'s `identified` names the TAC table row';

/** A list given as repeated parameters or comma-separated (`countries=JP,KR` or `countries=JP&countries=KR`). */
const list = (description: string, max: number) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 400 }), { minItems: 1, maxItems: max, description });

/** The day to judge the carriers on; the route passes today (UTC) when it is absent. */
const asOf = () =>
  Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Judge the carriers as they stand on this day, `YYYY-MM-DD`; default today (UTC)' }));

export const CheckQuery = Type.Object(
  {
    device: Type.Optional(name('Phone name or model number (`Xiaomi Mi 6`, `MCE16`)')),
    imei: Type.Optional(imei(`${IMEI_HELP}, instead of \`device\``)),
    bands: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'Band text pasted from a spec sheet, instead of `device`' })),
    country: Type.Optional(country('ISO 3166-1 alpha-2 code or English name (`US`, `Germany`); may be left out when `carrier` is an MCC-MNC')),
    carrier: Type.Optional(name('One carrier: name, alias or MCC-MNC (`T-Mobile`, `310-260`, `310260`); a name that fits several is answered 409 `E_AMBIGUOUS_CARRIER`')),
    variant: Type.Optional(name('Variant label, id or model number (`Global`, `MCE16`)')),
    includeAll: Type.Optional(Type.Boolean({ description: 'Also judge MVNOs (by their host network)' })),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

export const WhereQuery = Type.Object(
  {
    device: Type.Optional(name('Phone name or model number; or give `imei`')),
    imei: Type.Optional(imei(`${IMEI_HELP}; judged as the variant its TAC names`)),
    country: Type.Optional(Type.String({ minLength: 1, maxLength: 400, description: 'Only these countries: codes or names, comma-separated (`DE,Japan`)' })),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

export const PhonesQuery = Type.Object(
  {
    country: Type.Optional(country('ISO 3166-1 alpha-2 code or English name; may be left out when `carrier` is an MCC-MNC')),
    carrier: Type.Optional(name('One carrier: name or MCC-MNC (default: the best carrier of the country per phone)')),
    maxPrice: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1e7, description: 'Price cap, in `currency`' })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code; default USD' })),
    minVerdict: Type.Optional(Type.Union(['full', 'partial', 'limited', 'none'].map((l) => Type.Literal(l)), { description: 'Lowest verdict to list; default partial' })),
    sort: Type.Optional(Type.Union(['value', 'performance', 'price', 'newest'].map((s) => Type.Literal(s)), { description: 'Order; default value' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'How many phones; default 20' })),
    since: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: 'Only phones announced in this year or later' })),
    esim: Type.Optional(Type.Boolean({ description: 'Only phones with a variant the catalog knows has an eSIM' })),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

/** Largest price list `POST /phones` takes (about 20,000 rows). */
export const MAX_PRICE_LIST = 1024 * 1024;

export const PhonesBody = Type.Object(
  {
    ...PhonesQuery.properties,
    prices: Type.String({
      minLength: 1,
      maxLength: MAX_PRICE_LIST,
      description: 'Your price list as CSV text, header first: `model` or `name`, `price`, `currency`, optional `store` and `date`. Only its phones are ranked, at its prices; rows naming no phone are listed in `priceList.unmatched` with their line; a bad row is 400 naming its line',
    }),
  },
  { additionalProperties: false },
);

export const TripQuery = Type.Object(
  {
    devices: Type.Optional(list(`Phones, up to ${MAX_DEVICES} with \`imei\``, MAX_DEVICES)),
    imei: Type.Optional(Type.Array(imei(IMEI_HELP, 400), { minItems: 1, maxItems: MAX_DEVICES, description: `Phones by IMEI or TAC (repeated or comma-separated), judged after \`devices\`` })),
    countries: list(`Countries, up to ${MAX_COUNTRIES}`, MAX_COUNTRIES),
    variant: Type.Optional(name('Judge this variant of each phone (label or model number), not its best one')),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

export const CompareQuery = Type.Object(
  {
    devices: list(`Phones, up to ${MAX_DEVICES}`, MAX_DEVICES),
    country: Type.Optional(country('Adds each variant\'s best verdict in this country')),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

export const DevicesQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Name or model number, or a prefix of one' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'How many; default 10' })),
  },
  { additionalProperties: false },
);

export const CarriersQuery = Type.Object({ country: country() }, { additionalProperties: false });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable code (`E_BAD_INPUT`, `E_UNKNOWN_DEVICE`, …)' }),
      message: Type.String(),
      parameter: Type.Optional(Type.String()),
      suggestions: Type.Optional(Type.Array(Type.String())),
      candidates: Type.Optional(Type.Array(Type.Unknown())),
    }),
  },
  { description: 'An error: `{ error: { code, message } }`' },
);

/** OpenAPI responses of a read route: the 200 shape is described in words and docs/api.md. */
export function readResponses(description: string, statuses: number[] = [400, 404]): Record<string, TSchema> {
  const out: Record<string, TSchema> = { 200: Type.Object({}, { additionalProperties: true, description }) };
  for (const status of statuses) out[status] = ErrorSchema;
  return out;
}

export type CheckQueryT = Static<typeof CheckQuery>;
export type WhereQueryT = Static<typeof WhereQuery>;
export type PhonesQueryT = Static<typeof PhonesQuery>;
export type PhonesBodyT = Static<typeof PhonesBody>;
export type TripQueryT = Static<typeof TripQuery>;
export type CompareQueryT = Static<typeof CompareQuery>;
export type DevicesQueryT = Static<typeof DevicesQuery>;
