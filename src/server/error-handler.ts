import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isBandfitError, type BandfitError, type ErrorCode } from '../errors.js';
import { requestError, writeRequestProblem } from '../messages/request-problems.js';
import { writeMessage } from '../messages/write-message.js';
import { schemaProblem, type SchemaError } from '../service/schema-problem.js';

/** The body of every error answer: a stable code, one readable line, and help where there is some. */
export interface ErrorBody {
  error: {
    code: ErrorCode | 'E_NOT_FOUND' | 'E_INTERNAL';
    message: string;
    /** The query parameter or body field at fault. */
    parameter?: string;
    /** Closest names to what was asked, best first. */
    suggestions?: string[];
    /** For `E_AMBIGUOUS_DEVICE` and `E_AMBIGUOUS_CARRIER`: the devices or carriers the name fits, to ask again by id. */
    candidates?: unknown[];
  };
}

/** The one place error codes become HTTP statuses (docs/api.md, "Errors"). */
export const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  E_BAD_INPUT: 400,
  E_BAD_BAND_TEXT: 400,
  E_IMPORT: 400,
  E_UNKNOWN_DEVICE: 404,
  E_UNKNOWN_CARRIER: 404,
  E_UNKNOWN_COUNTRY: 404,
  // The name fits several phones: the request is fine but cannot be answered until narrowed.
  E_AMBIGUOUS_DEVICE: 409,
  // The carrier name fits several networks ("Cellular"): asked back, never answered for one.
  E_AMBIGUOUS_CARRIER: 409,
  E_FORBIDDEN: 403,
  E_CATALOG_VERSION: 500,
  E_CORRUPT_DATA: 500,
  E_STORE: 503,
};

const INTERNAL = writeRequestProblem({ code: 'E_INTERNAL', kind: 'internal' });
/** An outage the client can wait out; still no driver message, path or URL in it. */
const STORE_DOWN = writeRequestProblem({ code: 'E_STORE', kind: 'store-down' });

/**
 * Fastify's own errors for requests that never reach a route (too large, not JSON, bad schema).
 * A schema failure is the problem the CLI reports for the same parameters (`schemaProblem`),
 * written for HTTP; `data` is the query or body it was found in, to quote the value.
 */
function fromFastify(error: FastifyError, data?: { query?: unknown; body?: unknown }): { status: number; body: ErrorBody } | undefined {
  if (error.validation?.length) {
    const problem = schemaProblem(error.validation as SchemaError[], error.validationContext === 'body' ? data?.body : data?.query);
    const parameter = problem.parameter.split('.')[0];
    return { status: 400, body: { error: { code: 'E_BAD_INPUT', message: writeMessage(problem, 'http'), ...(parameter ? { parameter } : {}) } } };
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return { status, body: requestError({ code: 'E_BAD_INPUT', kind: 'body-too-large' }) };
  if (status === 415) return { status, body: requestError({ code: 'E_BAD_INPUT', kind: 'body-not-json-type' }) };
  if (status >= 400 && status < 500) {
    // FST_ERR_CTP_INVALID_JSON_BODY, FST_ERR_CTP_EMPTY_JSON_BODY and the like: safe, fixed wording.
    return { status, body: requestError({ code: 'E_BAD_INPUT', kind: error.code?.startsWith('FST_ERR_CTP') ? 'body-not-json' : 'request-invalid' }) };
  }
  return undefined;
}

/**
 * The HTTP wording of an error: a problem is written for HTTP in `src/messages/`; an error still
 * thrown with a message of its own (worded for the CLI) gets the parameter named after it.
 */
function httpMessage(error: BandfitError, parameter: unknown): string {
  if (error.problem) return error.messageFor('http');
  const message = error.message;
  return typeof parameter === 'string' && !message.includes(parameter) ? `${message} (parameter "${parameter}")` : message;
}

/** Turns any thrown value into a status and body; unknown failures never leak their message. */
export function errorReply(error: unknown, request?: { query?: unknown; body?: unknown }): { status: number; body: ErrorBody } {
  if (isBandfitError(error)) {
    const parameter = error.details.path?.[0];
    const suggestions = error.details.suggestions;
    return {
      status: STATUS_OF[error.code] ?? 500,
      body: {
        error: {
          code: error.code,
          message: error.code === 'E_STORE' ? STORE_DOWN : STATUS_OF[error.code] >= 500 ? INTERNAL : httpMessage(error, parameter),
          ...(typeof parameter === 'string' ? { parameter } : {}),
          ...(suggestions?.length ? { suggestions: suggestions.slice(0, 12) } : {}),
          ...(Array.isArray(error.details.candidates) ? { candidates: error.details.candidates.slice(0, 12) } : {}),
        },
      },
    };
  }
  const known = fromFastify(error as FastifyError, request);
  if (known) return known;
  return { status: 500, body: requestError({ code: 'E_INTERNAL', kind: 'internal' }) };
}

/** Installs the error and not-found handlers on an app. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = errorReply(error, request);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    reply.removeHeader('etag');
    return reply.status(status).header('cache-control', 'no-store').send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const body: ErrorBody = requestError({ code: 'E_NOT_FOUND', kind: 'no-route', method: request.method, path: request.url.split('?')[0]! });
    return reply.status(404).send(body);
  });
}
