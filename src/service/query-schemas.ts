import { Type, type Static } from 'typebox';
import { MAX_COUNTRIES, MAX_DEVICES, MAX_DEVICES_LIMIT, MAX_PHONES_LIMIT } from './query-limits.js';

/**
 * The one schema of each query's parameters, as a person gives them: the HTTP routes validate
 * with them (and @fastify/swagger writes OpenAPI from them), the CLI checks the query it builds
 * against them (`check-query-params.ts`), and the query types are derived from them. Plain
 * JSON Schema: the limits written here are the limits docs/api.md states.
 */

const name = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });
const country = (description = 'ISO 3166-1 alpha-2 code or English name (`US`, `Germany`)') => name(description);
const imei = (description: string, maxLength = 40) => Type.String({ minLength: 1, maxLength, description });
const IMEI_HELP = 'The phone by IMEI (dial *#06#: 15 digits, the last a Luhn check digit) or its 8-digit TAC; spaces and dashes allowed. The answer\'s `identified` names the TAC table row';

/** A list given as repeated parameters or comma-separated (`countries=JP,KR` or `countries=JP&countries=KR`). */
const list = (description: string, max: number) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 400 }), { minItems: 1, maxItems: max, description });

/** The day to judge the carriers on; the adapters pass today (UTC) when it is absent. */
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
    country: Type.Optional(list(`Only these countries, up to ${MAX_COUNTRIES}: codes or names, comma-separated or repeated (\`DE,Japan\`)`, MAX_COUNTRIES)),
    asOf: asOf(),
  },
  { additionalProperties: false },
);

/** The lowest verdicts `phones` takes (`Level` in src/engine/types.ts, less `unknown`), each a literal so the type is their union. */
const minVerdict = Type.Union([Type.Literal('full'), Type.Literal('partial'), Type.Literal('limited'), Type.Literal('none')], { description: 'Lowest verdict to list; default partial' });
/** The orders of `phones` (`PhoneSort` in src/engine/rank-phones.ts). */
const sort = Type.Union([Type.Literal('value'), Type.Literal('performance'), Type.Literal('price'), Type.Literal('newest')], { description: 'Order; default value' });

export const PhonesQuery = Type.Object(
  {
    country: Type.Optional(country('ISO 3166-1 alpha-2 code or English name; may be left out when `carrier` is an MCC-MNC')),
    carrier: Type.Optional(name('One carrier: name or MCC-MNC (default: the best carrier of the country per phone)')),
    maxPrice: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1e7, description: 'Price cap, in `currency`' })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code; default USD' })),
    minVerdict: Type.Optional(minVerdict),
    sort: Type.Optional(sort),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PHONES_LIMIT, description: 'How many phones; default 20' })),
    since: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: 'Only phones announced in this year or later' })),
    esim: Type.Optional(Type.Boolean({ description: 'Only phones with a variant the catalog knows has an eSIM' })),
    asOf: asOf(),
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
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DEVICES_LIMIT, description: 'How many; default 10' })),
  },
  { additionalProperties: false },
);

export const CarriersQuery = Type.Object({ country: country() }, { additionalProperties: false });

/** The parameters of each query, as its schema has them (a list parameter may still hold comma-separated items). */
export type CheckParams = Static<typeof CheckQuery>;
export type WhereParams = Static<typeof WhereQuery>;
export type PhonesParams = Static<typeof PhonesQuery>;
export type TripParams = Static<typeof TripQuery>;
export type CompareParams = Static<typeof CompareQuery>;
export type DevicesParams = Static<typeof DevicesQuery>;
export type CarriersParams = Static<typeof CarriersQuery>;
