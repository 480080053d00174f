import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BandfitError } from '../errors.js';
import { requestError } from '../messages/request-problems.js';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether a presented token equals the admin token, in time that does not depend on where
 * they differ. Both are hashed first: `timingSafeEqual` needs equal lengths, and comparing
 * digests does not reveal the token's length either.
 */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * An `onRequest` hook guarding the write routes (before the body is read). No `BANDFIT_ADMIN_TOKEN`: writes are off (403).
 * With one: no credentials answer 401 with `WWW-Authenticate: Bearer`, a wrong token 403
 * (RFC 6750 section 3.1).
 */
export function requireAdmin(env: Record<string, string | undefined>) {
  const expected = env.BANDFIT_ADMIN_TOKEN;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!expected) {
      throw new BandfitError({ code: 'E_FORBIDDEN', kind: 'imports-off' });
    }
    const header = request.headers.authorization;
    const match = /^Bearer +(.+?) *$/i.exec(header ?? '');
    if (!match) {
      reply.header('www-authenticate', 'Bearer realm="bandfit"');
      return reply.status(401).send(requestError({ code: 'E_FORBIDDEN', kind: 'no-admin-token' }));
    }
    if (!tokenMatches(match[1]!, expected)) {
      reply.header('www-authenticate', 'Bearer realm="bandfit", error="invalid_token"');
      throw new BandfitError({ code: 'E_FORBIDDEN', kind: 'bad-admin-token' });
    }
  };
}
