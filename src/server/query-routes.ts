import type { FastifyInstance } from 'fastify';
import type { SnapshotSource } from '../service/snapshot-source.js';
import type { Snapshot } from '../service/snapshot.js';
import type { PhonesResult } from '../service/phones-report.js';
import { phonesQuery } from '../service/phones-query.js';
import { checkQuery, compareQuery, tripQuery, whereQuery, type CheckQuery as CheckQueryInput } from '../service/queries.js';
import { checkAnswerJson } from './check-answer-json.js';
import { cacheByVersion, snapshotOf } from './cache-headers.js';
import { today } from '../today.js';
import type { ResponseCache } from './response-cache.js';
import { listParameter } from '../service/list-parameter.js';
import { MAX_COUNTRIES, MAX_DEVICES } from '../service/query-limits.js';
import {
  CheckQuery,
  CompareQuery,
  PhonesQuery,
  TripQuery,
  WhereQuery,
  type CheckParams,
  type CompareParams,
  type PhonesParams,
  type TripParams,
  type WhereParams,
} from '../service/query-schemas.js';
import { MAX_PRICE_LIST, PhonesBody, readResponses, type PhonesBodyT } from './schemas.js';

/** What Fastify sends JSON as. */
const JSON_TYPE = 'application/json; charset=utf-8';

/** A trip's phones: `devices`, `imei` or both (the query refuses none, and too many in all). */
function tripPhones(q: TripParams): { devices: string[]; imei?: string[] } {
  const devices = q.devices ? listParameter(q.devices, 'devices', MAX_DEVICES) : [];
  return { devices, ...(q.imei ? { imei: listParameter(q.imei, 'imei', MAX_DEVICES) } : {}) };
}

/** `GET /phones` and `POST /phones` (with a price list): the same query. */
function phonesAnswer(snapshot: Snapshot, q: PhonesParams, prices?: string): PhonesResult {
  return phonesQuery(snapshot, {
    ...(q.country !== undefined ? { country: q.country } : {}),
    ...(q.carrier !== undefined ? { carrier: q.carrier } : {}),
    ...(q.maxPrice !== undefined ? { maxPrice: q.maxPrice } : {}),
    ...(q.currency !== undefined ? { currency: q.currency } : {}),
    ...(q.minVerdict !== undefined ? { minVerdict: q.minVerdict } : {}),
    ...(q.sort !== undefined ? { sort: q.sort } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
    ...(q.since !== undefined ? { since: q.since } : {}),
    ...(q.esim !== undefined ? { esim: q.esim } : {}),
    ...(prices !== undefined ? { prices: { text: prices, file: 'prices' } } : {}),
    asOf: q.asOf ?? today(),
  });
}

/**
 * The five questions bandfit answers, each a thin call into `src/service/queries.ts`: the
 * answers are exactly what `bandfit <command> --json` prints.
 */
export function registerQueryRoutes(app: FastifyInstance, snapshots: SnapshotSource, cache?: ResponseCache): void {
  const preHandler = cacheByVersion(snapshots, cache);

  app.get<{ Querystring: CheckParams }>('/check', {
    preHandler,
    schema: {
      summary: 'Will this phone work on the carriers of a country?',
      description: 'Verdict per carrier with a band-by-band table per technology and the reasons. Give `device` or `bands`.',
      tags: ['questions'],
      querystring: CheckQuery,
      response: readResponses('Same shape as `bandfit check --json` (docs/api.md)', [400, 404, 409]),
    },
  }, (request, reply) => {
    // Synchronous, the query built field by field and the answer written by its own
    // serializer: under traffic where every request asks another phone × country, each
    // promise, spread and re-serialization was paid per answer (bench/README.md, apiLoad).
    const q = request.query;
    const query: CheckQueryInput = { asOf: q.asOf ?? today() };
    if (q.country !== undefined) query.country = q.country;
    if (q.device !== undefined) query.device = q.device;
    if (q.imei !== undefined) query.imei = q.imei;
    if (q.bands !== undefined) query.bands = q.bands;
    if (q.carrier !== undefined) query.carrier = q.carrier;
    if (q.variant !== undefined) query.variant = q.variant;
    if (q.includeAll !== undefined) query.includeAll = q.includeAll;
    const body = checkAnswerJson(checkQuery(snapshotOf(request), query));
    // A string with a JSON content type goes out as it is, not serialized again.
    reply.type(JSON_TYPE);
    return body;
  });

  app.get<{ Querystring: WhereParams }>('/where', {
    preHandler,
    schema: {
      summary: 'Where is this phone sold, and how well does it work in every country?',
      tags: ['questions'],
      querystring: WhereQuery,
      response: readResponses('Same shape as `bandfit where --json`', [400, 404, 409]),
    },
  }, async (request) =>
    whereQuery(snapshotOf(request), {
      ...(request.query.device !== undefined ? { device: request.query.device } : {}),
      ...(request.query.imei !== undefined ? { imei: request.query.imei } : {}),
      ...(request.query.country !== undefined ? { countries: listParameter(request.query.country, 'country', MAX_COUNTRIES) } : {}),
      asOf: request.query.asOf ?? today(),
    }),
  );

  app.get<{ Querystring: PhonesParams }>('/phones', {
    preHandler,
    schema: {
      summary: 'Which phones work on my carrier, best value first?',
      tags: ['questions'],
      querystring: PhonesQuery,
      response: readResponses('Same shape as `bandfit phones --json`', [400, 404, 409]),
    },
  }, async (request) => phonesAnswer(snapshotOf(request), request.query));

  // A price list is a body, so this answer is never cached: it is of the list as much as of the data.
  app.post<{ Body: PhonesBodyT }>('/phones', {
    bodyLimit: MAX_PRICE_LIST + 16 * 1024,
    schema: {
      summary: 'Rank the phones of your own price list (a shop, an importer, a buyer with offers)',
      description: 'The query of `GET /phones` as a JSON body, with `prices`: the CSV text of `bandfit phones --prices FILE`.',
      tags: ['questions'],
      body: PhonesBody,
      response: readResponses('Same shape as `bandfit phones --prices FILE --json`', [400, 404, 409]),
    },
  }, async (request) => phonesAnswer(await snapshots.current(), request.body, request.body.prices));

  app.get<{ Querystring: TripParams }>('/trip', {
    preHandler,
    schema: {
      summary: 'Which of these phones works best across these countries?',
      tags: ['questions'],
      querystring: TripQuery,
      response: readResponses('Same shape as `bandfit trip --json`', [400, 404, 409]),
    },
  }, async (request) =>
    tripQuery(snapshotOf(request), {
      ...tripPhones(request.query),
      countries: listParameter(request.query.countries, 'countries', MAX_COUNTRIES),
      ...(request.query.variant !== undefined ? { variant: request.query.variant } : {}),
      asOf: request.query.asOf ?? today(),
    }),
  );

  app.get<{ Querystring: CompareParams }>('/compare', {
    preHandler,
    schema: {
      summary: 'Phones side by side: specs, prices, benchmarks, and verdicts in a country',
      tags: ['questions'],
      querystring: CompareQuery,
      response: readResponses('Same shape as `bandfit compare --json`'),
    },
  }, async (request) =>
    compareQuery(snapshotOf(request), {
      devices: listParameter(request.query.devices, 'devices', MAX_DEVICES),
      ...(request.query.country !== undefined ? { country: request.query.country } : {}),
      asOf: request.query.asOf ?? today(),
    }),
  );
}
