import { Command } from 'commander';
import { BandfitError } from '../../errors.js';
import type { CliContext } from '../context.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-number', parameter: 'port', input: text, expected: 'a whole number from 0 to 65535' });
  return n;
}

function seconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 3600) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-number', parameter: 'drain-seconds', input: text, expected: 'a number of seconds from 0 to 3600' });
  return n;
}

/** Resolves with the first SIGINT or SIGTERM; `again` is called on every later one. */
function nextSignal(again: () => void): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first = true;
    const onSignal = (signal: NodeJS.Signals) => {
      if (first) resolve(signal);
      else again();
      first = false;
    };
    for (const signal of SIGNALS) process.on(signal, onSignal);
  });
}

/**
 * `bandfit serve [--port 8080] [--host 127.0.0.1] [--drain-seconds 10]`: the HTTP API and the
 * web app. Loopback by default: listening on every interface is a choice the operator makes with
 * `--host 0.0.0.0`. On SIGINT or SIGTERM it drains (`closeGracefully`): stops accepting, answers
 * the requests in flight, then closes the store and exits 0; connections still open after
 * `--drain-seconds` are cut, and a second signal cuts them at once.
 */
export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('Serve the HTTP API (/api/v1), its docs (/docs) and the web app (/)')
    .option('--port <n>', 'port to listen on (0 = any free port)', ctx.env.PORT ?? '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--drain-seconds <n>', 'on SIGTERM, how long requests in flight may take to finish', ctx.env.BANDFIT_DRAIN_SECONDS ?? '10')
    .option('--log', 'log every request as JSON lines')
    .action(async (o: { port: string; host: string; drainSeconds: string; log?: boolean }) => {
      const drainMs = seconds(o.drainSeconds) * 1000;
      // Loaded here so other commands start without the HTTP stack.
      const { buildApp } = await import('../../server/app.js');
      const { closeGracefully } = await import('../../server/close-gracefully.js');
      // Open the store now, so a bad database URL fails at start rather than on the first request.
      await ctx.openStore();
      const app = buildApp({ openStore: ctx.openStore, env: ctx.env, logger: o.log === true });
      await app.listen({ port: port(o.port), host: o.host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port(o.port);
      const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
      ctx.io.out(`bandfit serving on http://${shown}:${actual}`);
      let cutNow = () => undefined as void;
      const signal = await nextSignal(() => cutNow());
      ctx.io.err(`bandfit: ${signal}: draining, requests in flight have ${o.drainSeconds} s to finish`);
      const closing = closeGracefully(app, drainMs);
      cutNow = closing.cutNow;
      const { drained, ms } = await closing.done;
      ctx.io.err(drained ? `bandfit: drained in ${ms} ms, stopped` : `bandfit: connections still open after ${ms} ms were cut, stopped`);
      // The store is closed by the CLI's context once this action returns (src/cli/main.ts).
    });
}
