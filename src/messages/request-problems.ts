/**
 * Problems of an HTTP request as such, answered by the server before or around a route (the
 * URL, the body, the admin token, a failure it does not explain): never thrown as a
 * `BandfitError`, so outside `Problem`, but written here as every other sentence is.
 */
export type RequestProblem =
  | { code: 'E_BAD_INPUT'; kind: 'url-too-long'; max: number }
  | { code: 'E_BAD_INPUT'; kind: 'body-too-large' }
  | { code: 'E_BAD_INPUT'; kind: 'body-not-json-type' }
  | { code: 'E_BAD_INPUT'; kind: 'body-not-json' }
  | { code: 'E_BAD_INPUT'; kind: 'request-invalid' }
  | { code: 'E_FORBIDDEN'; kind: 'no-admin-token' }
  | { code: 'E_NOT_FOUND'; kind: 'no-route'; method: string; path: string }
  | { code: 'E_STORE'; kind: 'store-down' }
  | { code: 'E_INTERNAL'; kind: 'internal' };

/** One of each request problem, for the table test of the writer. */
export const REQUEST_EXAMPLES: { [K in RequestProblem['kind']]: Extract<RequestProblem, { kind: K }> } = {
  'url-too-long': { code: 'E_BAD_INPUT', kind: 'url-too-long', max: 4096 },
  'body-too-large': { code: 'E_BAD_INPUT', kind: 'body-too-large' },
  'body-not-json-type': { code: 'E_BAD_INPUT', kind: 'body-not-json-type' },
  'body-not-json': { code: 'E_BAD_INPUT', kind: 'body-not-json' },
  'request-invalid': { code: 'E_BAD_INPUT', kind: 'request-invalid' },
  'no-admin-token': { code: 'E_FORBIDDEN', kind: 'no-admin-token' },
  'no-route': { code: 'E_NOT_FOUND', kind: 'no-route', method: 'GET', path: '/api/v1/chek' },
  'store-down': { code: 'E_STORE', kind: 'store-down' },
  internal: { code: 'E_INTERNAL', kind: 'internal' },
};

/**
 * The sentence of a request problem, and the `{ error: { code, message } }` body that carries
 * it. A store outage and an internal failure say nothing of the driver, a path or a URL.
 */
export function writeRequestProblem(p: RequestProblem): string {
  switch (p.kind) {
    case 'url-too-long':
      return `The request URL is longer than ${p.max} characters`;
    case 'body-too-large':
      return 'The request body is too large';
    case 'body-not-json-type':
      return 'Send the body as application/json';
    case 'body-not-json':
      return 'The body is not valid JSON';
    case 'request-invalid':
      return 'The request is not valid';
    case 'no-admin-token':
      return 'Send the admin token as "Authorization: Bearer <token>"';
    case 'no-route':
      return `No route ${p.method} ${p.path.slice(0, 200)}`;
    case 'store-down':
      return 'The data store is not available right now; try again in a moment.';
    case 'internal':
      return 'Something went wrong on our side; the error was logged.';
  }
}

/** The error body of a request problem. */
export function requestError(p: RequestProblem): { error: { code: RequestProblem['code']; message: string } } {
  return { error: { code: p.code, message: writeRequestProblem(p) } };
}
