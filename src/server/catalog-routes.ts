import type { FastifyInstance } from 'fastify';
import { carriersQuery } from '../service/carriers-query.js';
import { countriesQuery } from '../service/countries-query.js';
import { devicesQuery } from '../service/devices-query.js';
import type { SnapshotSource } from '../service/snapshot-source.js';
import { cacheByVersion, snapshotOf } from './cache-headers.js';
import type { ResponseCache } from './response-cache.js';
import { CarriersQuery, DevicesQuery, type CarriersParams, type DevicesParams } from '../service/query-schemas.js';
import { readResponses } from './schemas.js';

/** Lookups behind the pickers: phones (autocomplete), carriers of a country, every country. */
export function registerCatalogRoutes(app: FastifyInstance, snapshots: SnapshotSource, cache?: ResponseCache): void {
  const preHandler = cacheByVersion(snapshots, cache);

  app.get<{ Querystring: DevicesParams }>('/devices', {
    preHandler,
    schema: {
      summary: 'Find phones by name or model number (autocomplete)',
      description: 'Exact model numbers first, then exact names, then fuzzy name matches. Without `q`, the first phones by name.',
      tags: ['catalog'],
      querystring: DevicesQuery,
      response: readResponses('`{ query, total, devices: [{ id, brand, name, by, variant?, variants }] }`', [400]),
    },
  }, async (request) => devicesQuery(snapshotOf(request), request.query));

  app.get<{ Querystring: CarriersParams }>('/carriers', {
    preHandler,
    schema: {
      summary: 'The carriers serving a country, with their bands and 2G/3G status',
      tags: ['catalog'],
      querystring: CarriersQuery,
      response: readResponses('`{ country, countryName, carriers: Carrier[] }` (docs/data-carriers.md)'),
    },
  }, async (request) => carriersQuery(snapshotOf(request), request.query));

  app.get('/countries', {
    preHandler,
    schema: {
      summary: 'Every country bandfit knows, with its ISO codes and how many carriers serve it',
      tags: ['catalog'],
      response: readResponses('`{ countries: [{ code, numeric, name, carriers, networks }] }`', []),
    },
  }, async (request) => countriesQuery(snapshotOf(request)));
}
