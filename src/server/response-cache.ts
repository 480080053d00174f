import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Total size of the answers kept. A `check` answer is about 11 KB, a `where` answer is larger;
 * 16 MiB keeps over a thousand of the common ones and stays small beside the catalog in memory
 * (bench/server-memory.ts).
 */
export const RESPONSE_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The serialized JSON of read answers, keyed by ETag and request URL. Every answer is a pure
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
  private readonly entries = new Map<string, string>();
  private readonly pending = new WeakMap<FastifyRequest, string>();

  constructor(private readonly maxBytes = RESPONSE_CACHE_BYTES) {}

  /** Sends the kept answer for this URL and tag, if there is one; else marks the answer to be kept. */
  replay(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
    if (etag !== this.tag) this.clear(etag);
    const body = this.entries.get(request.url);
    if (body === undefined) {
      this.pending.set(request, etag);
      return false;
    }
    // Fastify sends a string with a JSON content type as it is, without serializing it again.
    reply.type('application/json; charset=utf-8').send(body);
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

  get size(): number {
    return this.entries.size;
  }

  private keep(url: string, body: string): void {
    const size = url.length + body.length;
    if (size > this.maxBytes / 8 || this.entries.has(url)) return;
    // Oldest first: a Map iterates in insertion order.
    for (const [oldUrl, oldBody] of this.entries) {
      if (this.bytes + size <= this.maxBytes) break;
      this.entries.delete(oldUrl);
      this.bytes -= oldUrl.length + oldBody.length;
    }
    this.entries.set(url, body);
    this.bytes += size;
  }

  private clear(tag: string): void {
    this.tag = tag;
    this.entries.clear();
    this.bytes = 0;
  }
}
