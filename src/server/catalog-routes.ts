import type { FastifyInstance } from 'fastify';
import countriesLib from 'i18n-iso-countries/index.js';
import { carriersInCountry } from '../catalog/carrier-catalog.js';
import { COUNTRIES, getCountry } from '../catalog/countries.js';
import { searchDevices } from '../catalog/device-search.js';
import type { Device, Variant } from '../catalog/types.js';
import type { SnapshotSource } from '../service/snapshot-source.js';
import { carriersByCountry } from '../service/where-report.js';
import { cacheByVersion, snapshotOf } from './cache-headers.js';
import type { ResponseCache } from './response-cache.js';
import { CarriersQuery, DevicesQuery, type CarriersParams, type DevicesParams } from '../service/query-schemas.js';
import { readResponses } from './schemas.js';

const variantSummary = (v: Variant) => ({ id: v.id, label: v.label, models: v.models ?? [], markets: v.markets ?? [] });

/** A device as the search list shows it: enough to pick it and its variant, no band lists. */
export function deviceSummary(device: Device, matched?: Variant, by?: string) {
  return {
    id: device.id,
    brand: device.brand,
    name: device.name,
    ...(device.announced ? { announced: device.announced } : {}),
    ...(by ? { by } : {}),
    ...(matched ? { variant: matched.id } : {}),
    variants: device.variants.map(variantSummary),
  };
}

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
  }, async (request) => {
    const { q = '', limit = 10 } = request.query;
    const { devices } = snapshotOf(request);
    if (!q.trim()) {
      const sorted = [...devices].sort((a, b) => `${a.brand} ${a.name}`.localeCompare(`${b.brand} ${b.name}`));
      return { query: q, total: devices.length, devices: sorted.slice(0, limit).map((d) => deviceSummary(d)) };
    }
    const hits = searchDevices(q, devices, limit);
    return { query: q, total: devices.length, devices: hits.map((h) => deviceSummary(h.device, h.variant, h.by)) };
  });

  app.get<{ Querystring: CarriersParams }>('/carriers', {
    preHandler,
    schema: {
      summary: 'The carriers serving a country, with their bands and 2G/3G status',
      tags: ['catalog'],
      querystring: CarriersQuery,
      response: readResponses('`{ country, countryName, carriers: Carrier[] }` (docs/data.md)'),
    },
  }, async (request) => {
    const country = getCountry(request.query.country);
    const carriers = carriersInCountry(snapshotOf(request).carriers, country.code).sort(
      (a, b) => Number(a.kind === 'mvno') - Number(b.kind === 'mvno') || a.name.localeCompare(b.name),
    );
    return { country: country.code, countryName: country.name, carriers };
  });

  app.get('/countries', {
    preHandler,
    schema: {
      summary: 'Every country bandfit knows, with its ISO codes and how many carriers serve it',
      tags: ['catalog'],
      response: readResponses('`{ countries: [{ code, numeric, name, carriers, networks }] }`', []),
    },
  }, async (request) => {
    const byCountry = carriersByCountry(snapshotOf(request).carriers.carriers);
    return {
      countries: COUNTRIES.map((c) => {
        const serving = byCountry.get(c.code) ?? [];
        const numeric = countriesLib.alpha2ToNumeric(c.code);
        return {
          code: c.code,
          ...(numeric ? { numeric } : {}),
          name: c.name,
          carriers: serving.length,
          networks: serving.filter((s) => s.kind === 'mno').length,
        };
      }),
    };
  });
}
