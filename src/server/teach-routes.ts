import type { FastifyInstance } from 'fastify';
import { Type } from '@fastify/type-provider-typebox';
import { loadStarterDevices } from '../catalog/starter-devices.js';
import { BandfitError } from '../errors.js';
import { teachAndStore } from '../service/teach-and-store.js';
import { TeachBody, type TeachParams } from '../service/teach-schema.js';
import { today } from '../today.js';
import type { Store } from '../store/store.js';
import { removeTaughtPhone } from '../store/taught-phones.js';
import { requireAdmin } from './admin-auth.js';
import { IMPORT_BODY_LIMIT } from './import-routes.js';
import { ErrorSchema } from './schemas.js';

/**
 * `POST /import/phone` teaches a phone (what `bandfit devices add` does) and `DELETE
 * /import/phone/:id` removes a taught one, both behind the admin token.
 */
export function registerTeachRoutes(app: FastifyInstance, env: Record<string, string | undefined>, openStore?: () => Promise<Store>): void {
  const onRequest = requireAdmin(env);
  const store = async () => {
    if (!openStore) throw new BandfitError({ code: 'E_FORBIDDEN', kind: 'no-writable-store' });
    return openStore();
  };
  const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema, 413: ErrorSchema };

  app.post<{ Body: TeachParams }>('/import/phone', {
    onRequest,
    bodyLimit: IMPORT_BODY_LIMIT + 64 * 1024,
    schema: {
      summary: 'Teach bandfit a phone: band text or a saved spec page (what `bandfit devices add` does)',
      tags: ['admin'],
      security: [{ bearer: [] }],
      body: TeachBody,
      response: { 200: Type.Object({}, { additionalProperties: true }), ...errors },
    },
  }, async (request) => teachAndStore(await store(), request.body, today()));

  app.delete<{ Params: { id: string } }>('/import/phone/:id', {
    onRequest,
    schema: {
      summary: 'Remove a phone taught with POST /import/phone or `bandfit devices add`',
      tags: ['admin'],
      security: [{ bearer: [] }],
      params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
      response: { 200: Type.Object({ removed: Type.String(), name: Type.String(), restored: Type.Boolean() }), ...errors },
    },
  }, async (request) => {
    const removed = await removeTaughtPhone(await store(), request.params.id, () => loadStarterDevices());
    return { removed: removed.id, name: removed.name, restored: removed.restored };
  });
}
