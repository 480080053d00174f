import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export type Encoding = 'gzip' | 'br';

/**
 * Answers shorter than this go out as they are: below about 1 KiB the compressed body plus its
 * header saves little and costs a compression per request.
 */
export const COMPRESS_MIN_BYTES = 1024;
/**
 * A fresh answer (computed for this request) shorter than this goes out as it is; from its first
 * replay on it goes out compressed (src/server/response-cache.ts). Gzip of a 4 KB `check` answer
 * cost about as much CPU as computing it (about 60 µs at level 1, 75 µs at the default level,
 * measured on the bench machine under load), while the 3 KB it saves cost a few µs to send:
 * under varied traffic, where every answer is fresh, compressing them all was a quarter of
 * the server's time. Most `check` answers are under it (median 3.6 KB, 92 % under 8 KiB over the
 * starter catalog × every country); a `where` answer (96 KB) is far above it.
 */
export const FRESH_COMPRESS_MIN_BYTES = 8 * 1024;

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

/** One body gzipped now, at the default level: a kept answer, compressed once for all its replays. */
export function gzipNow(body: string | Buffer): Buffer {
  return gzipSync(body);
}

/**
 * One fresh answer gzipped at level 1 with a 8 KiB window, for a client that takes gzip and not
 * brotli: sent once, so speed beats the last percent (7 % larger than the default level on a
 * `check` answer, a fifth less CPU).
 */
export function gzipFast(body: string | Buffer): Buffer {
  return gzipSync(body, { level: 1, windowBits: 13, memLevel: 7 });
}

/**
 * One fresh answer as brotli at quality 0 with a 64 KiB window, for a client that weighs `br`
 * at least as high as gzip (browsers do). On the fresh `check` answers of 8 KiB or more (10.1 KB
 * on average, the starter catalog × every country) it took 38 µs of CPU against 106 µs for
 * `gzipFast`, for 2,110 bytes against 2,032, measured in one process on the bench machine.
 */
export function brotliFast(body: string | Buffer): Buffer {
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_LGWIN]: 16, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body) },
  });
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
 * An `onSend` hook on `app` compressing fresh text answers of at least `FRESH_COMPRESS_MIN_BYTES`
 * on the spot: brotli for clients that weigh it at least as high as gzip (`brotliFast`), else
 * gzip for clients that accept it (`gzipFast`). Replayed answers of at least
 * `COMPRESS_MIN_BYTES` are compressed once by the answer cache and replayed compressed; brotli
 * at best quality is kept for answers replayed often (src/server/response-cache.ts): done off
 * the main thread for every fresh answer, it queued on the thread pool and its buffers grew the
 * server by tens of MB under load (test/soak). Quality 0 runs on the spot and its encoder
 * is freed at once. An answer already encoded (a replayed one) is left alone. Every
 * compressible answer says `Vary: Accept-Encoding`, so a shared cache does not hand a
 * compressed body to a client that did not ask for one.
 */
export function installCompression(app: FastifyInstance): void {
  // A callback hook: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.getHeader('content-encoding') || !compressible(reply.getHeader('content-type'))) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    reply.header('vary', 'accept-encoding');
    if (payload.length < FRESH_COMPRESS_MIN_BYTES || reply.statusCode === 204 || reply.statusCode === 304) return done(null, payload);
    const weights = encodingWeights(request.headers['accept-encoding']);
    if (weights.br > 0 && weights.br >= weights.gzip) {
      reply.header('content-encoding', 'br').removeHeader('content-length');
      return done(null, brotliFast(payload));
    }
    if (weights.gzip <= 0) return done(null, payload);
    reply.header('content-encoding', 'gzip').removeHeader('content-length');
    done(null, gzipFast(payload));
  });
}
