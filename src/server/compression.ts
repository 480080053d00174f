import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

export type Encoding = 'gzip' | 'br';

/**
 * Answers shorter than this go out as they are: below about 1 KiB the compressed body plus its
 * header saves little and costs a compression per request.
 */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * Brotli quality 4: a `check` answer of 11.4 KB becomes 2.4 KB in 0.4 ms, as small as gzip's
 * default level; quality 11 saves another 0.4 KB but takes 18 ms.
 */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Headers already read: clients send the same few `Accept-Encoding` values over and over. */
const weightsByHeader = new Map<string, Readonly<Record<Encoding, number>>>();
const MAX_HEADERS_KEPT = 64;

/** The weight (0..1) an `Accept-Encoding` header gives gzip and brotli; 0 is "not acceptable". */
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

/**
 * The encoding to answer with for an `Accept-Encoding` header (RFC 9110 section 12.5.3):
 * `gzip` or `br` when the client accepts it with a non-zero weight, the higher weight first,
 * `gzip` on a tie (as small as brotli at a speed fit for every answer, and cheaper);
 * `undefined` for none.
 *
 * @example
 * acceptedEncoding('gzip, deflate, br'); // 'gzip'
 * acceptedEncoding('br;q=1, gzip;q=0.5'); // 'br'
 * acceptedEncoding('gzip;q=0'); // undefined
 */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | undefined {
  const { gzip, br } = encodingWeights(header);
  if (gzip <= 0 && br <= 0) return undefined;
  return br > gzip ? 'br' : 'gzip';
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

function compress(body: string | Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotliAsync(body, BROTLI_OPTIONS) : gzipAsync(body);
}

/** Whether a content type is text worth compressing (JSON, HTML, JS, CSS, SVG, plain text). */
function compressible(type: unknown): boolean {
  return typeof type === 'string' && /^(application\/(json|javascript)|text\/|image\/svg\+xml)/.test(type);
}

/**
 * An `onSend` hook on `app` compressing text answers of at least `COMPRESS_MIN_BYTES` for
 * clients that accept it. An answer already encoded (a replayed one, a precompressed file) is
 * left alone. Every compressible answer says `Vary: Accept-Encoding`, so a shared cache does not
 * hand a compressed body to a client that did not ask for one.
 */
export function installCompression(app: FastifyInstance): void {
  // A callback hook: answers that go out as they are cost no promise.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.getHeader('content-encoding') || !compressible(reply.getHeader('content-type'))) return done(null, payload);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload);
    reply.header('vary', 'accept-encoding');
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (!encoding || payload.length < COMPRESS_MIN_BYTES || reply.statusCode === 204 || reply.statusCode === 304) return done(null, payload);
    reply.header('content-encoding', encoding).removeHeader('content-length');
    compress(payload, encoding).then((body) => done(null, body), (error: Error) => done(error));
  });
}
