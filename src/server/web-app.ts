import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectPath } from '../project-root.js';

/** Where `vite build --config web/vite.config.ts` writes the app. */
export function defaultWebRoot(): string {
  return projectPath('web', 'dist');
}

/**
 * Serves the built web app at `/`, as brotli or gzip to browsers that accept it (the build
 * writes both beside each file). Vite names assets by content hash, so they can be cached
 * for a year; `index.html` is revalidated every time so a new build is picked up at once.
 * Without a build, `/` says how to make one instead of answering a bare 404.
 */
export function registerWebApp(app: FastifyInstance, root = defaultWebRoot()): void {
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('bandfit API: see /docs. The web app is not built: run `npx vite build --config web/vite.config.ts`.\n'),
    );
    return;
  }
  app.register(fastifyStatic, {
    root,
    prefix: '/',
    decorateReply: false,
    // The build writes .br and .gz beside each text file (web/vite.config.ts).
    preCompressed: true,
    setHeaders: (reply, path) => {
      const immutable = path.includes(`${join(root, 'assets')}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
