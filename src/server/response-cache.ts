import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { brotliBest, COMPRESS_MIN_BYTES, encodingWeights, gzipNow } from './compression.js';
import { RecentAsks } from './recent-asks.js';

/**
 * Total size of the answers kept. A `check` answer is about 11 KB, a `where` answer is larger;
 * 16 MiB keeps over a thousand of the common ones and stays small beside the catalog in memory
 * (bench/server-memory.ts).
 */
export const RESPONSE_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * Replays before an answer is worth brotli at best quality: that costs 18 ms for a `check`
 * answer and over 100 ms for a 96 KB `where` answer, wasted on an answer asked twice.
 */
export const BROTLI_AFTER_REPLAYS = 8;
/** Answers larger than this stay gzip: brotli at best quality grows with the size (see above). */
export const BROTLI_MAX_BYTES = 64 * 1024;

/**
 * One kept answer: its JSON, gzipped on the first replay that accepts gzip, and brotli-compressed
 * at best quality in the background once it has been replayed often.
 */
interface Entry {
  body: string;
  replays: number;
  gzip?: Buffer;
  br?: Buffer;
  brPending?: boolean;
}

/**
 * The serialized JSON of read answers, keyed by ETag and request URL, with their compressed
 * forms made once (src/server/compression.ts). Every answer is a pure
 * function of the data version and the query (docs/api.md: the ETag is the version), so an
 * answer kept under the same tag is the answer the route would compute again. A new tag drops
 * every entry. Only `200` answers are kept; errors are computed every time.
 *
 * An answer is kept the second time its URL is asked within a window of recent asks
 * (src/server/recent-asks.ts), not the first: under traffic where every URL is new, keeping
 * every answer filled 16 MiB of strings that were never replayed, and the server's heap grew
 * to about 230 MB with young-generation pauses of 30-40 ms under load.
 *
 * @example
 * const cache = new ResponseCache();
 * cache.install(app); // keeps answers asked a second time, as they are sent
 * // in a preHandler, after the ETag is known:
 * if (cache.replay(request, reply, etag)) return reply;
 */
export class ResponseCache {
  private tag = '';
  private bytes = 0;
  private brotliRunning = false;
  private readonly entries = new Map<string, Entry>();
  private readonly asks = new RecentAsks();
  private readonly pending = new WeakMap<FastifyRequest, string>();

  constructor(private readonly maxBytes = RESPONSE_CACHE_BYTES) {}

  /**
   * Sends the kept answer for this URL and tag, if there is one; else, when the URL was asked
   * recently under this tag, marks the answer to be kept as it is sent.
   */
  replay(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
    if (etag !== this.tag) this.clear(etag);
    const entry = this.entries.get(request.url);
    if (entry === undefined) {
      if (this.asks.askedBefore(request.url)) this.pending.set(request, etag);
      return false;
    }
    entry.replays++;
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    const weights = encodingWeights(request.headers['accept-encoding']);
    if (entry.body.length >= COMPRESS_MIN_BYTES) {
      if (weights.br > 0 && weights.br >= weights.gzip) {
        if (entry.br) {
          reply.header('content-encoding', 'br').send(entry.br);
          return true;
        }
        this.compressInBackground(request.url, entry);
      }
      if (weights.gzip > 0) {
        if (!entry.gzip) this.grow(request.url, (entry.gzip = gzipNow(entry.body)).length);
        reply.header('content-encoding', 'gzip').send(entry.gzip);
        return true;
      }
    }
    // Fastify sends a string with a JSON content type as it is, without serializing it again.
    reply.send(entry.body);
    return true;
  }

  /**
   * Starts the best brotli form of an often replayed entry, one at a time (each takes a
   * thread and tens of MB while it runs); replays send gzip until it is there.
   */
  private compressInBackground(url: string, entry: Entry): void {
    if (entry.brPending || this.brotliRunning || entry.replays < BROTLI_AFTER_REPLAYS || entry.body.length > BROTLI_MAX_BYTES) return;
    entry.brPending = true;
    this.brotliRunning = true;
    brotliBest(entry.body)
      .then(
        (br) => {
          // Kept only if the entry is still this one (no new tag, not evicted meanwhile).
          if (this.entries.get(url) !== entry) return;
          entry.br = br;
          this.grow(url, br.length);
        },
        () => undefined, // the answer keeps going out as gzip
      )
      .finally(() => {
        this.brotliRunning = false;
      });
  }

  private grow(url: string, bytes: number): void {
    this.bytes += bytes;
    this.evict(0, url);
  }

  /** An `onSend` hook on `app` that keeps marked `200` answers (a callback hook: no promise per request). */
  install(app: FastifyInstance): void {
    app.addHook('onSend', (request, reply, payload, done) => {
      const etag = this.pending.get(request);
      if (etag !== undefined && etag === this.tag && reply.statusCode === 200 && typeof payload === 'string') {
        this.keep(request.url, payload);
      }
      done(null, payload);
    });
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
    this.entries.set(url, { body, replays: 0 });
    this.bytes += size;
  }

  /** Drops the oldest answers (a Map iterates in insertion order) until `extra` more bytes fit. */
  private evict(extra: number, keepUrl?: string): void {
    for (const [url, entry] of this.entries) {
      if (this.bytes + extra <= this.maxBytes) break;
      if (url === keepUrl) continue;
      this.entries.delete(url);
      this.bytes -= url.length + entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0);
    }
  }

  private clear(tag: string): void {
    this.tag = tag;
    this.entries.clear();
    this.asks.clear();
    this.bytes = 0;
  }
}
