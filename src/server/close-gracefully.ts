import type { FastifyInstance } from 'fastify';

/** How often connections that went idle during the drain are closed. */
const IDLE_REAP_MS = 50;

export interface DrainResult {
  /** Whether every in-flight request finished before the deadline. */
  drained: boolean;
  /** Milliseconds from the call to the server's close. */
  ms: number;
}

/**
 * Closes a listening app the way a load balancer needs: the port stops accepting at once (the
 * balancer's next connection fails and goes to another instance), idle keep-alive connections
 * are closed, a request arriving on a busy keep-alive connection is answered 503 with
 * `Connection: close` (Fastify's `return503OnClosing`, which nginx retries elsewhere for a GET),
 * and the requests in flight are answered. Connections still open after `timeoutMs` are cut,
 * so stopping takes at most that long; `cutNow()` cuts them earlier (a second signal).
 *
 * @example
 * const { drained } = await closeGracefully(app, 10_000).done;
 */
export function closeGracefully(app: FastifyInstance, timeoutMs: number): { done: Promise<DrainResult>; cutNow(): void } {
  const started = Date.now();
  let cut = false;
  const cutNow = () => {
    cut = true;
    // Node >= 18.2: destroys every socket of the server, busy or not.
    app.server.closeAllConnections();
  };
  const timer = setTimeout(cutNow, timeoutMs);
  // `server.close()` closes the connections idle at that moment only: a keep-alive connection
  // whose request finishes later would stay open until the deadline. Close those as they go idle.
  const reaper = setInterval(() => app.server.closeIdleConnections(), IDLE_REAP_MS);
  const stopTimers = () => {
    clearTimeout(timer);
    clearInterval(reaper);
  };
  const done = app.close().then(
    () => {
      stopTimers();
      return { drained: !cut, ms: Date.now() - started };
    },
    (error: unknown) => {
      stopTimers();
      throw error;
    },
  );
  return { done, cutNow };
}
