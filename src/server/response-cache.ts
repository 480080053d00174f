import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptedEncoding, COMPRESS_MIN_BYTES, compressSync, type Encoding } from './compression.js';

/**
 * Total size of the answers kept. A `check` answer is about 11 KB, a `where` answer is larger;
 * 16 MiB keeps over a thousand of the common ones and stays small beside the catalog in memory
 * (bench/server-memory.ts).
 */
export const RESPONSE_CACHE_BYTES = 16 * 1024 * 1024;

/** One kept answer: its JSON, and the same compressed for each encoding asked so far. */
interface Entry {
  body: string;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/**
 * The serialized JSON of read answers, keyed by ETag and request URL, with their compressed
 * forms made once on the first replay that asks for them (src/server/compression.ts). Every answer is a pure
 * function of the data version and the query (docs/api.md: the ETag is the version), so an
 * answer kept under the same tag is the answer the route would compute again. A new tag drops
 * every entry. Only `200` answers are kept; errors are computed every time.
 *
 * @example
 * const cache = new ResponseCache();
 * cache.install(app); // keeps answers as they are sent
 * // in a preHandler, after the ETag is known:
 * if (cache.replay(request, reply, etag)) return reply;
 */
export class ResponseCache {
  private tag = '';
  private bytes = 0;
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new WeakMap<FastifyRequest, string>();

  constructor(private readonly maxBytes = RESPONSE_CACHE_BYTES) {}

  /** Sends the kept answer for this URL and tag, if there is one; else marks the answer to be kept. */
  replay(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
    if (etag !== this.tag) this.clear(etag);
    const entry = this.entries.get(request.url);
    if (entry === undefined) {
      this.pending.set(request, etag);
      return false;
    }
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (encoding && entry.body.length >= COMPRESS_MIN_BYTES) {
      let encoded = entry.encoded[encoding];
      if (encoded === undefined) {
        encoded = entry.encoded[encoding] = compressSync(entry.body, encoding);
        this.bytes += encoded.length;
        this.evict(0, request.url);
      }
      reply.header('content-encoding', encoding).send(encoded);
      return true;
    }
    // Fastify sends a string with a JSON content type as it is, without serializing it again.
    reply.send(entry.body);
    return true;
  }

  /** An `onSend` hook on `app` that keeps marked `200` answers. */
  install(app: FastifyInstance): void {
    app.addHook('onSend', async (request, reply, payload) => {
      const etag = this.pending.get(request);
      if (etag !== undefined && etag === this.tag && reply.statusCode === 200 && typeof payload === 'string') {
        this.keep(request.url, payload);
      }
      return payload;
    });
  }

  /** Whether an answer for this URL is kept, under any tag. */
  has(url: string): boolean {
    return this.entries.has(url);
  }

  /** Whether the answer for this URL is kept under this tag. */
  holds(url: string, etag: string): boolean {
    return etag === this.tag && this.entries.has(url);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes held (URLs, answers and their compressed forms), never above the budget. */
  get byteSize(): number {
    return this.bytes;
  }

  private keep(url: string, body: string): void {
    const size = url.length + body.length;
    if (size > this.maxBytes / 8 || this.entries.has(url)) return;
    this.evict(size);
    this.entries.set(url, { body, encoded: {} });
    this.bytes += size;
  }

  /** Drops the oldest answers (a Map iterates in insertion order) until `extra` more bytes fit. */
  private evict(extra: number, keepUrl?: string): void {
    for (const [url, entry] of this.entries) {
      if (this.bytes + extra <= this.maxBytes) break;
      if (url === keepUrl) continue;
      this.entries.delete(url);
      this.bytes -= url.length + entry.body.length + (entry.encoded.gzip?.length ?? 0) + (entry.encoded.br?.length ?? 0);
    }
  }

  private clear(tag: string): void {
    this.tag = tag;
    this.entries.clear();
    this.bytes = 0;
  }
}
