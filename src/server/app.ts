import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { requestError } from '../messages/request-problems.js';
import { storeSnapshots, type SnapshotSource } from '../service/snapshot-source.js';
import type { Store } from '../store/store.js';
import { registerCatalogRoutes } from './catalog-routes.js';
import { replayKeptAnswers } from './cache-headers.js';
import { installCompression } from './compression.js';
import { errorReply, installErrorHandler } from './error-handler.js';
import { registerHealthRoutes } from './health-routes.js';
import { registerImportRoutes } from './import-routes.js';
import { registerQueryRoutes } from './query-routes.js';
import { registerTeachRoutes } from './teach-routes.js';
import { ResponseCache } from './response-cache.js';
import { registerWebApp } from './web-app.js';

export interface AppOptions {
  /** The writable store behind the answers and `POST /api/v1/import/*`; without it imports answer 403. */
  openStore?: () => Promise<Store>;
  /** Where answers come from; default: snapshots of `openStore`'s data, its version read at most once a second. */
  snapshots?: SnapshotSource;
  env: Record<string, string | undefined>;
  /** Fastify's logger: off in tests, on for `bandfit serve`. */
  logger?: boolean;
  /** Folder of the built web app; default `web/dist`. */
  webRoot?: string;
}

/**
 * Longest request line accepted. Every query fits in well under 1 KiB; 4 KiB leaves room for
 * pasted band text while keeping the ceiling far below Node's 16 KiB header limit.
 */
export const MAX_URL_LENGTH = 4096;
/**
 * How long the server trusts the data version it last read. Every read route needs the version
 * (for its ETag); under load reading it on every request was a third of the server's CPU. A
 * change made by another process (a CLI import, another server on the same PostgreSQL) shows
 * within this window; imports through this server show at once.
 */
export const VERSION_TTL_MS = 1000;

/** Bodies of routes without their own limit (only the imports take bodies). */
const BODY_LIMIT = 64 * 1024;

/**
 * The HTTP API over a store's snapshots: routes under `/api/v1`, OpenAPI at `/api/openapi.json`,
 * interactive docs at `/docs`, the web app at `/`. Routing, validation and error mapping only:
 * every answer comes from `src/service/queries.ts`.
 *
 * @example
 * const app = buildApp({ openStore: () => openStore({ env }), env });
 * const res = await app.inject('/api/v1/check?device=Xiaomi%20Mi%206&country=US');
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Quietly dropping an unknown parameter would hide a typo; answer 400 instead.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    // A malformed path (`/%`, FST_ERR_BAD_URL) fails before routing, outside the error handler:
    // without this, Fastify answers its own body with its internal code.
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = errorReply(error);
      return (reply as FastifyReply).status(status).header('cache-control', 'no-store').send(body);
    },
  });
  installErrorHandler(app);

  // Callback hooks: no promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.length <= MAX_URL_LENGTH) return done();
    reply.status(414).send(requestError({ code: 'E_BAD_INPUT', kind: 'url-too-long', max: MAX_URL_LENGTH }));
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    done(null, payload);
  });

  app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'bandfit API', version: '1', description: 'Will this phone work on this carrier? Band by band. Shapes and errors: docs/api.md.' },
      tags: [
        { name: 'questions', description: 'The answers, same shapes as the CLI with --json' },
        { name: 'catalog', description: 'Phones, carriers and countries for pickers' },
        { name: 'admin', description: 'Imports, behind BANDFIT_ADMIN_TOKEN' },
        { name: 'health', description: 'Liveness and readiness probes for a load balancer' },
      ],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // The version is read at most once a second and answers are kept per version: under load the
  // store reads and the verdicts were most of the time of a `check` (bench/README.md).
  const data = options.snapshots ?? storeSnapshots(requireStore(options), { ttlMs: VERSION_TTL_MS });
  const cache = new ResponseCache();
  app.register(async (probes) => registerHealthRoutes(probes, data));
  app.register(
    async (api) => {
      // The cache keeps each answer before it is compressed: its own hook runs first.
      cache.install(api);
      api.addHook('onRequest', replayKeptAnswers(data, cache));
      installCompression(api);
      // An import through this server shows in the next answer, not a second later.
      api.addHook('onSend', (request, reply, payload, done) => {
        if ((request.method === 'POST' || request.method === 'DELETE') && reply.statusCode < 300) data.invalidate();
        done(null, payload);
      });
      registerQueryRoutes(api, data, cache);
      registerCatalogRoutes(api, data, cache);
      registerImportRoutes(api, options.env, options.openStore);
      registerTeachRoutes(api, options.env, options.openStore);
    },
    { prefix: '/api/v1' },
  );
  registerWebApp(app, options.webRoot);
  return app;
}

function requireStore(options: AppOptions): () => Promise<Store> {
  if (!options.openStore) throw new Error('buildApp needs openStore or snapshots');
  return options.openStore;
}
