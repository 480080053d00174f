import { Type, type Static, type TSchema } from '@fastify/type-provider-typebox';
import { PhonesQuery } from '../service/query-schemas.js';

/**
 * The HTTP-only schemas: the body of `POST /phones` and the error answers. The queries' own
 * schemas are in src/service/query-schemas.ts, shared with the CLI.
 */

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

export type PhonesBodyT = Static<typeof PhonesBody>;
