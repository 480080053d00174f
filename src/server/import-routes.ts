import type { FastifyInstance } from 'fastify';
import { Type } from '@fastify/type-provider-typebox';
import { checkedCarrierRows } from '../catalog/carrier-rows.js';
import { getCountry } from '../catalog/countries.js';
import { problemText } from '../catalog/validate-carrier.js';
import type { Device } from '../catalog/types.js';
import { BandfitError } from '../errors.js';
import { validateDevice } from '../catalog/validate-device.js';
import type { CarrierOverlay, Store } from '../store/store.js';
import { MAX_IMPORT_BYTES } from '../service/query-limits.js';
import { requireAdmin } from './admin-auth.js';
import { ErrorSchema } from './schemas.js';

/** Largest import body; read routes take no body and keep Fastify's smaller default. */
export const IMPORT_BODY_LIMIT = MAX_IMPORT_BYTES;
const MAX_RECORDS = 5000;

const bandList = Type.Array(
  Type.Object({ band: Type.String({ maxLength: 8 }), layer: Type.Union([Type.Literal('coverage'), Type.Literal('capacity')]), confidence: Type.Optional(Type.Union([Type.Literal('x'), Type.Literal('s')])) }),
  { maxItems: 100 },
);
const techStatus = Type.Object({
  state: Type.Union(['active', 'ending', 'off', 'none', 'unknown'].map((s) => Type.Literal(s))),
  date: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}){0,2}$' })),
  bands: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 40 })),
  source: Type.Optional(Type.String({ maxLength: 500 })),
});
/** A carrier overlay (`CarrierOverlay`, docs/import.md): the fields given replace the catalog's. */
const CarrierOverlays = Type.Array(
  Type.Object({
    id: Type.String({ pattern: '^[a-z]{2}-[a-z0-9-]+$', maxLength: 80 }),
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    lte: Type.Optional(bandList),
    nr: Type.Optional(bandList),
    gsm: Type.Optional(techStatus),
    umts: Type.Optional(techStatus),
    cdma: Type.Optional(techStatus),
    nrSa: Type.Optional(Type.Boolean()),
    volteRequired: Type.Optional(Type.Boolean()),
    sources: Type.Optional(Type.Array(Type.Object({ title: Type.String({ minLength: 1 }) }, { additionalProperties: true }), { maxItems: 20 })),
  }, { additionalProperties: true }),
  { minItems: 1, maxItems: MAX_RECORDS },
);

/** The body's overlays by the one carrier validator (the rows of a JSON list are its items, from 1). */
function checkedOverlays(overlays: CarrierOverlay[]): CarrierOverlay[] {
  overlays.forEach((o) => getCountry(o.country));
  const { records, rejected } = checkedCarrierRows(overlays.map((record, i) => ({ line: i + 1, record })));
  const first = rejected[0];
  if (first) {
    const path = [first.line - 1, ...first.problem.path];
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-body-record', field: path.join('.'), reason: problemText(first.problem) }, { path });
  }
  return records;
}

/**
 * Writes over HTTP, behind the admin token: each import is one transaction, so a bad record
 * rejects the whole body and the store stays as it was.
 */
export function registerImportRoutes(app: FastifyInstance, env: Record<string, string | undefined>, openStore?: () => Promise<Store>): void {
  const onRequest = requireAdmin(env);
  const store = async () => {
    if (!openStore) throw new BandfitError({ code: 'E_FORBIDDEN', kind: 'no-writable-store' });
    return openStore();
  };
  const responses = { 200: Type.Object({}, { additionalProperties: true }), 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 413: ErrorSchema };

  app.post<{ Body: unknown[] }>('/import/devices', {
    onRequest,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      summary: 'Add or replace devices (bandfit JSON: a list of Device records)',
      tags: ['admin'],
      security: [{ bearer: [] }],
      body: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_RECORDS }),
      response: responses,
    },
  }, async (request) => {
    const devices: Device[] = request.body.map((record, i) => validateDevice(record, `body[${i}]`));
    const result = await (await store()).upsertDevices(devices, { origin: 'import', sourceFile: 'HTTP import' });
    return { received: devices.length, ...result };
  });

  app.post<{ Body: CarrierOverlay[] }>('/import/carriers', {
    onRequest,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      summary: 'Add or replace carrier overlays laid over the compiled catalog',
      tags: ['admin'],
      security: [{ bearer: [] }],
      body: CarrierOverlays,
      response: responses,
    },
  }, async (request) => {
    const written = await (await store()).upsertCarrierOverlays(checkedOverlays(request.body), { sourceFile: 'HTTP import' });
    return { received: request.body.length, written };
  });
}
