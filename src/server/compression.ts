import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
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

/**
 * The encoding to answer with for an `Accept-Encoding` header (RFC 9110 section 12.5.3):
 * `gzip` or `br` when the client accepts it with a non-zero weight, the higher weight first,
 * `gzip` on a tie (as small as brotli on these answers, and cheaper); `undefined` for none.
 *
 * @example
 * acceptedEncoding('gzip, deflate, br'); // 'gzip'
 * acceptedEncoding('br;q=1, gzip;q=0.5'); // 'br'
 * acceptedEncoding('gzip;q=0'); // undefined
 */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const star = weights.get('*') ?? 0;
  const gzipWeight = weights.get('gzip') ?? star;
  const brWeight = weights.get('br') ?? star;
  if (gzipWeight <= 0 && brWeight <= 0) return undefined;
  return brWeight > gzipWeight ? 'br' : 'gzip';
}

/** One body compressed now: for answers kept and replayed many times. */
export function compressSync(body: string | Buffer, encoding: Encoding): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, BROTLI_OPTIONS) : gzipSync(body);
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
  app.addHook('onSend', async (request, reply, payload) => {
    if (!compressible(reply.getHeader('content-type')) || reply.getHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    reply.header('vary', 'accept-encoding');
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (!encoding || payload.length < COMPRESS_MIN_BYTES || reply.statusCode === 204 || reply.statusCode === 304) return payload;
    reply.header('content-encoding', encoding).removeHeader('content-length');
    return compress(payload, encoding);
  });
}
