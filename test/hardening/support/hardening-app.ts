import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ErrorCode } from '../../../src/errors.js';
import { buildApp } from '../../../src/server/app.js';
import { STATUS_OF } from '../../../src/server/error-handler.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';

export const ADMIN_TOKEN = 'hardening test token';

/**
 * Every code an error body may carry: every `ErrorCode` (STATUS_OF is typed to hold each one, so
 * a new code cannot be left out) plus the two the HTTP layer adds.
 */
export const PROJECT_CODES: readonly (ErrorCode | 'E_NOT_FOUND' | 'E_INTERNAL')[] = [...(Object.keys(STATUS_OF) as ErrorCode[]), 'E_NOT_FOUND', 'E_INTERNAL'];

/**
 * Words that only appear when an internal failure leaks: a V8 stack frame, a JavaScript error
 * class, the driver or query builder, a source path.
 */
const LEAKS = [
  /\bat [\w.<>]+ \(/, /\.(?:ts|js|mjs):\d+:\d+/, /node_modules/, /\/work\//, /\bTypeError\b/, /\bReferenceError\b/, /\bRangeError\b/,
  /\bSyntaxError\b/, /SQLITE_/, /better-sqlite3/i, /kysely/i, /Cannot read propert/, /is not a function/, /Maximum call stack/, /ECONNREFUSED/,
];

/** A server on a fresh in-memory store seeded with the starter catalog, imports allowed. */
export function memoryApp(extraEnv: Record<string, string> = {}) {
  const env = { BANDFIT_DB: ':memory:', BANDFIT_ADMIN_TOKEN: ADMIN_TOKEN, ...extraEnv };
  let store: Promise<Store> | undefined;
  const open = () => (store ??= openStore({ env }));
  const app = buildApp({ openStore: open, env });
  return {
    app,
    store: () => open(),
    close: async () => {
      await app.close();
      if (store) await (await store).close();
    },
  };
}

/** Text of a body that leaks internals, or `undefined` when it is clean. */
export function leakIn(body: string): string | undefined {
  return LEAKS.find((pattern) => pattern.test(body))?.source;
}

/**
 * Checks an answer is never a server fault and that an error is the documented
 * `{ error: { code, message } }` with a project code and nothing internal in it.
 * `allow503` admits `E_STORE` outages. Returns the parsed error, if any.
 */
/** The body as text, decoded when the answer is gzip- or brotli-compressed. */
function decodedBody(res: LightMyRequestResponse): string {
  const encoding = res.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(res.rawPayload).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(res.rawPayload).toString('utf8');
  expect(encoding, 'unknown content-encoding').toBeUndefined();
  return res.body;
}

export function expectCleanAnswer(res: LightMyRequestResponse, context: string, allow503 = false): { code: string; message: string } | undefined {
  const where = `${context} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (allow503 && res.statusCode === 503) {
    // fall through to the body checks
  } else {
    expect(res.statusCode, where).toBeLessThan(500);
  }
  if (res.statusCode === 304 || res.raw.req.method === 'HEAD') return undefined;
  const text = decodedBody(res);
  if (res.statusCode < 400) {
    if (String(res.headers['content-type']).startsWith('application/json')) expect(() => JSON.parse(text), where).not.toThrow();
    return undefined;
  }
  expect(String(res.headers['content-type']), where).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(Object.keys(body), where).toEqual(['error']);
  expect(PROJECT_CODES, where).toContain(body.error?.code);
  expect(typeof body.error?.message, where).toBe('string');
  expect((body.error!.message as string).length, where).toBeGreaterThan(0);
  expect(leakIn(text), where).toBeUndefined();
  return body.error as { code: string; message: string };
}
