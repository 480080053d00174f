import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Snapshot } from '../service/snapshot.js';
import type { SnapshotSource } from '../service/snapshot-source.js';
import type { ResponseCache } from './response-cache.js';
import { today } from '../today.js';

/**
 * Short enough that an import shows up within a minute; the ETag makes every revalidation a
 * cheap 304. RFC 9111 section 5.2.2.1 (max-age).
 */
export const CACHE_CONTROL = 'public, max-age=60';

/** The API version is part of the tag: the same data answered in a newer shape is a new representation. */
const API_VERSION = 'v1';

/**
 * Whether an `If-None-Match` header matches a tag. RFC 9110 section 13.1.2: weak comparison,
 * a list of tags, or `*`.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

let lastTag: { version: string; day: string; etag: string } | undefined;

/**
 * The ETag of every read answer for one data version on one day (the last one is remembered).
 * The day is part of it because an answer without `asOf` is for today: tomorrow the same URL
 * may answer differently (a switch-off date passes), so yesterday's copy must not be replayed.
 */
export function etagOfVersion(version: string, day: string = today()): string {
  if (lastTag?.version !== version || lastTag.day !== day) {
    lastTag = { version, day, etag: `W/"${API_VERSION}-${version.replace(/[^\w.-]/g, '')}-${day.replace(/-/g, '')}"` };
  }
  return lastTag.etag;
}

/** The snapshot each read request is answered from, taken once by its preHandler. */
const TAKEN = Symbol('bandfit.snapshot');
type WithSnapshot = FastifyRequest & { [TAKEN]?: Snapshot };

/** The snapshot `cacheByVersion` took for this request: the answer and its ETag agree. */
export function snapshotOf(request: FastifyRequest): Snapshot {
  const snapshot = (request as WithSnapshot)[TAKEN];
  if (!snapshot) throw new Error('read route without the cacheByVersion preHandler');
  return snapshot;
}

/**
 * A `preHandler` for read routes: takes the current snapshot for the route, sets ETag and
 * Cache-Control, answers 304 when the client already holds this version, and replays the
 * answer kept in `cache` for this URL and version. A callback hook: while the version read is
 * fresh and its snapshot is the one taken last, it takes it without a promise (one per request
 * under load); a version not seen yet waits for `current()`.
 */
export function cacheByVersion(snapshots: SnapshotSource, cache?: ResponseCache) {
  let last: Snapshot | undefined;
  const take = (request: FastifyRequest, reply: FastifyReply, snapshot: Snapshot, done: (error?: Error) => void) => {
    (request as WithSnapshot)[TAKEN] = snapshot;
    if (!answerForVersion(request, reply, etagOfVersion(snapshot.version), cache)) done();
  };
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void => {
    if (last !== undefined && snapshots.knownVersion() === last.version) return take(request, reply, last, done);
    snapshots.current().then(
      (snapshot) => {
        last = snapshot;
        try {
          take(request, reply, snapshot, done);
        } catch (error) {
          done(error as Error);
        }
      },
      (error: Error) => done(error),
    );
  };
}

/**
 * Sets ETag and Cache-Control, then answers 304 when the client holds this version or replays
 * the kept answer; `false` when the route has to compute it (and `cache` will keep it).
 */
function answerForVersion(request: FastifyRequest, reply: FastifyReply, etag: string, cache?: ResponseCache): boolean {
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
    reply.status(304).send();
    return true;
  }
  return cache?.replay(request, reply, etag) ?? false;
}

/**
 * An `onRequest` hook that answers a `GET` whose answer is kept for the current version before
 * Fastify parses and validates its query again: the URL was valid when its answer was kept, and
 * the answer is a pure function of the URL and the version. It works synchronously (a callback
 * hook, no promise per request) while the version read is fresh; other requests go on to the
 * route and its `cacheByVersion` preHandler as usual.
 */
export function replayKeptAnswers(snapshots: SnapshotSource, cache: ResponseCache) {
  return (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void => {
    const version = request.method === 'GET' ? snapshots.knownVersion() : undefined;
    const etag = version === undefined ? undefined : etagOfVersion(version);
    if (etag === undefined || !cache.holds(request.url, etag)) return done();
    answerForVersion(request, reply, etag, cache);
  };
}
