import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { SnapshotSource } from '../service/snapshot-source.js';
import { errorReply } from './error-handler.js';

/** Never kept by a browser, a proxy or the response cache: a probe must see the instance now. */
const NO_STORE = 'no-store';

const ErrorShape = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) });

/**
 * `GET /api/health` (liveness: the process answers) and `GET /api/ready` (the store answers and
 * the data version is known). Outside `/api/v1`, so no ETag, no kept answer, no compression.
 * `ready` reads the version through the server's snapshot source, read at most once a second.
 */
export function registerHealthRoutes(app: FastifyInstance, snapshots: SnapshotSource): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness: 200 while the process answers',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async (_request, reply) => reply.header('cache-control', NO_STORE).send({ status: 'ok' as const }),
  );
  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness: 200 with the data version when the store answers, else 503 E_STORE',
        response: { 200: Type.Object({ status: Type.Literal('ready'), version: Type.String() }), 503: ErrorShape },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', NO_STORE);
      try {
        return reply.send({ status: 'ready' as const, version: (await snapshots.current()).version });
      } catch (error) {
        const { body } = errorReply(error);
        return reply.status(503).send(body);
      }
    },
  );
}
