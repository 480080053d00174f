import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export type Encoding = 'gzip' | 'br';

/**
 * Answers shorter than this go out as they are: below about 1 KiB the compressed body plus its
 * header saves little and costs a compression per request.
 */
export const COMPRESS_MIN_BYTES = 1024;

const brotliAsync = promisify(brotliCompress);

/** Headers already read: clients send the same few `Accept-Encoding` values over and over. */
const weightsByHeader = new Map<string, Readonly<Record<Encoding, number>>>();
const MAX_HEADERS_KEPT = 64;

/**
 * The weight (0..1) an `Accept-Encoding` header gives gzip and brotli (RFC 9110 section
 * 12.5.3: `q` values, `*` for any other); 0 is "not acceptable".
 *
 * @example
 * encodingWeights('gzip, deflate, br'); // { gzip: 1, br: 1 }
 * encodingWeights('br;q=1, gzip;q=0'); // { gzip: 0, br: 1 }
 */
export function encodingWeights(header: string | string[] | undefined): Readonly<Record<Encoding, number>> {
  if (typeof header !== 'string') return readWeights(header);
  let weights = weightsByHeader.get(header);
  if (weights === undefined) {
    if (weightsByHeader.size >= MAX_HEADERS_KEPT) weightsByHeader.clear();
    weightsByHeader.set(header, (weights = readWeights(header)));
  }
  return weights;
}

function readWeights(header: string | string[] | undefined): Readonly<Record<Encoding, number>> {
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  const star = weights.get('*') ?? 0;
  return Object.freeze({ gzip: weights.get('gzip') ?? star, br: weights.get('br') ?? star });
}

/** One body gzipped now, at the default level (0.3 ms for a `check` answer). */
export function gzipNow(body: string | Buffer): Buffer {
  return gzipSync(body);
}

/**
 * Brotli at its best quality, off the main thread: 11.4 KB of `check` answer becomes 2.0 KB
 * (gzip: 2.4 KB) in about 18 ms, too slow for one answer but worth it for one replayed often.
 */
export function brotliBest(body: string | Buffer): Promise<Buffer> {
  return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) } });
}

/** Whether a content type is text worth compressing (JSON, HTML, JS, CSS, SVG, plain text). */
function compressible(type: unknown): boolean {
  return typeof type === 'string' && /^(application\/(json|javascript)|text\/|image\/svg\+xml)/.test(type);
}

/**
 * An `onSend` hook on `app` gzipping text answers of at least `COMPRESS_MIN_BYTES` for clients
 * that accept gzip, on the spot: 0.3 ms for a `check` answer, 1.7 ms for a 96 KB `where` answer,
 * less than computing it. Brotli is kept for answers replayed often (src/server/response-cache.ts):
 * done for every fresh answer, even at a low quality, it queued on the thread pool and its
 * buffers grew the server by tens of MB under load (test/soak). An answer already encoded (a
 * replayed one) is left alone. Every compressible answer says `Vary: Accept-Encoding`, so a
 * shared cache does not hand a compressed body to a client that did not ask for one.
 */
export function installCompression(app: FastifyInstance): void {
  // A callback hook: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.getHeader('content-encoding') || !compressible(reply.getHeader('content-type'))) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    reply.header('vary', 'accept-encoding');
    if (payload.length < COMPRESS_MIN_BYTES || reply.statusCode === 204 || reply.statusCode === 304) return done(null, payload);
    if (encodingWeights(request.headers['accept-encoding']).gzip <= 0) return done(null, payload);
    reply.header('content-encoding', 'gzip').removeHeader('content-length');
    done(null, gzipNow(payload));
  });
}
