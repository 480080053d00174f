/**
 * URLs asked per generation of `RecentAsks`. Two generations are searched, so a URL asked again
 * within the last 8,192 to 16,384 distinct URLs counts as asked before. Each key is a small
 * integer (a few hundred KB for both generations); the oldest generation goes whole, with no
 * per-key eviction.
 */
export const RECENT_ASKS = 8192;

/**
 * A bounded record of the URLs asked recently, by a 30-bit FNV-1a hash of each (a small integer
 * that V8 holds unboxed in a Set). The answer cache keeps an answer the second time its URL is
 * asked (src/server/response-cache.ts): traffic where every URL is new then keeps nothing. Two
 * URLs with the same hash only make the second one kept on its first ask, which is harmless:
 * the kept answers themselves are keyed by the URL.
 *
 * @example
 * const asks = new RecentAsks();
 * asks.askedBefore('/api/v1/check?device=x'); // false, and recorded
 * asks.askedBefore('/api/v1/check?device=x'); // true
 */
export class RecentAsks {
  private current = new Set<number>();
  private previous = new Set<number>();

  constructor(private readonly perGeneration = RECENT_ASKS) {}

  /** Whether `url` was asked within the window; records it either way. */
  askedBefore(url: string): boolean {
    const key = hashOf(url);
    if (this.current.has(key)) return true;
    const before = this.previous.has(key);
    if (this.current.size >= this.perGeneration) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(key);
    return before;
  }

  /** URL keys held, never above twice the generation size. */
  get size(): number {
    return this.current.size + this.previous.size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/** FNV-1a over the UTF-16 code units, cut to 30 bits (an unboxed integer in V8). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}
