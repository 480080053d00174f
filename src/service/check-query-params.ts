import { BandfitError } from '../errors.js';
import type { CarriersParams, CheckParams, CompareParams, DevicesParams, PhonesParams, TripParams, WhereParams } from './query-schemas.js';
import * as validators from './query-validators.generated.js';
import type { TeachParams } from './teach-schema.js';
import { schemaProblem, type SchemaError } from './schema-problem.js';

/** The parameters of each query, as its schema types them. */
export interface QueryParams {
  check: CheckParams;
  where: WhereParams;
  phones: PhonesParams;
  trip: TripParams;
  compare: CompareParams;
  devices: DevicesParams;
  carriers: CarriersParams;
  /** The body of a teach request (`devices add`, `POST /import/phone`). */
  teach: TeachParams;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/**
 * Checks a query's parameters against its schema, as the HTTP route does, and returns them
 * typed: numbers and lists given as text are read as the route reads them (`'20'` is 20, one
 * value is a list of one). Throws `E_BAD_INPUT` with the same problem the route answers.
 * The check is code compiled from the schemas at build time (query-validators.generated.ts),
 * so the CLI loads neither TypeBox nor Ajv to run it.
 *
 * @example
 * checkQueryParams('phones', { country: 'US', limit: '5' }); // { country: 'US', limit: 5 }
 */
export function checkQueryParams<Q extends keyof QueryParams>(query: Q, params: Record<string, unknown>): QueryParams[Q] {
  const given = structuredClone(params);
  const validate = (validators as Record<keyof QueryParams, Validator>)[query];
  if (validate(params)) return params as QueryParams[Q];
  throw new BandfitError(schemaProblem(validate.errors ?? [], given));
}
