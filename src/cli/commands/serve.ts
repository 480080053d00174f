import { Command } from 'commander';
import { BandfitError } from '../../errors.js';
import type { CliContext } from '../context.js';

function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new BandfitError('E_BAD_INPUT', `--port must be a whole number from 0 to 65535, got "${text}"`, { path: ['port'] });
  return n;
}

/**
 * `bandfit serve [--port 8080] [--host 127.0.0.1]`: the HTTP API and the web app. Runs until
 * SIGINT or SIGTERM, then closes the server and the store. Loopback by default: listening on
 * every interface is a choice the operator makes with `--host 0.0.0.0`.
 */
export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('Serve the HTTP API (/api/v1), its docs (/docs) and the web app (/)')
    .option('--port <n>', 'port to listen on (0 = any free port)', ctx.env.PORT ?? '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--log', 'log every request as JSON lines')
    .action(async (o: { port: string; host: string; log?: boolean }) => {
      // Loaded here so other commands start without the HTTP stack.
      const { buildApp } = await import('../../server/app.js');
      // Open the store now, so a bad database URL fails at start rather than on the first request.
      await ctx.openStore();
      const app = buildApp({ openStore: ctx.openStore, env: ctx.env, logger: o.log === true });
      await app.listen({ port: port(o.port), host: o.host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port(o.port);
      const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
      ctx.io.out(`bandfit serving on http://${shown}:${actual}`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await app.close();
    });
}
