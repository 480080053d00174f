import type { ParameterProblem } from '../messages/parameter-problems.js';

/** What a schema failure says, in Ajv's shape: the routes' validation and the CLI's generated validators both report it. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** The names of the schemas' patterns, for their sentences (src/messages/parameter-problems.ts). */
const FORMS: Readonly<Record<string, string>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': 'date',
  '^[A-Za-z]{3}$': 'currency',
};

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array']);

/** The value given at `path` of the parameters. */
function valueAt(data: unknown, path: string[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The value given, to quote back: scalars only (one given as a list of one, as the CLI passes it), at most 50 characters. */
function inputAt(data: unknown, path: string[]): { input?: string } {
  const given = valueAt(data, path);
  const value = Array.isArray(given) && given.length === 1 ? given[0] : given;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? { input: String(value).slice(0, 50) } : {};
}

/**
 * The problem of the first schema error of a query's parameters: one kind per rule broken,
 * naming the parameter (`devices.2` for an item of a list) and quoting the value when `data`
 * (the parameters as given) has it.
 *
 * @example
 * schemaProblem([{ keyword: 'maximum', instancePath: '/limit', params: { limit: 100 } }], { limit: 500 });
 * // { code: 'E_BAD_INPUT', kind: 'parameter-above', parameter: 'limit', max: 100, input: '500' }
 */
export function schemaProblem(errors: readonly SchemaError[], data?: unknown): ParameterProblem {
  const first = errors[0] ?? { keyword: 'type', instancePath: '', params: { type: 'object' } };
  const path = first.instancePath.split('/').slice(1);
  const parameter = path.join('.');
  const limit = Number(first.params.limit);
  const given = () => inputAt(data, path);
  const code = 'E_BAD_INPUT' as const;
  switch (first.keyword) {
    case 'required':
      return { code, kind: 'missing-parameter', parameter: [...path, String(first.params.missingProperty)].join('.') };
    case 'additionalProperties':
      return { code, kind: 'unknown-parameter', parameter: [...path, String(first.params.additionalProperty)].join('.') };
    case 'type': {
      const expected = String(first.params.type);
      // A parameter given twice (`country=US&country=DE`, `--country US --country DE`) arrives as a list.
      const value = valueAt(data, path);
      if (Array.isArray(value) && value.length > 1 && expected !== 'array') return { code, kind: 'parameter-repeated', parameter, count: value.length };
      return TYPES.has(expected) ? { code, kind: 'parameter-type', parameter, expected: expected as 'string', ...given() } : { code, kind: 'parameter-invalid', parameter, rule: `type ${expected}` };
    }
    case 'minLength':
      return { code, kind: 'parameter-too-short', parameter, min: limit, ...given() };
    case 'maxLength':
      return { code, kind: 'parameter-too-long', parameter, max: limit };
    case 'minimum':
      return { code, kind: 'parameter-below', parameter, min: limit, ...given() };
    case 'exclusiveMinimum':
      return { code, kind: 'parameter-not-above', parameter, min: limit, ...given() };
    case 'maximum':
      return { code, kind: 'parameter-above', parameter, max: limit, ...given() };
    case 'minItems':
      return { code, kind: 'too-few-values', parameter, min: limit };
    case 'maxItems': {
      const list = valueAt(data, path);
      return { code, kind: 'too-many-values', parameter, max: limit, ...(Array.isArray(list) ? { count: list.length } : {}) };
    }
    case 'pattern': {
      const pattern = String(first.params.pattern);
      return { code, kind: 'parameter-form', parameter, form: FORMS[pattern] ?? pattern, ...given() };
    }
    case 'const':
    case 'enum':
    case 'anyOf': {
      // A union of words fails once per word (`const`, each naming its word), then as `anyOf`.
      const allowed = errors.filter((e) => e.keyword === 'const' && e.instancePath === first.instancePath).map((e) => String(e.params.allowedValue));
      const words = allowed.length ? allowed : ((first.params.allowedValues as unknown[] | undefined) ?? []).map(String);
      return { code, kind: 'parameter-not-one-of', parameter, allowed: words, ...given() };
    }
    default:
      return { code, kind: 'parameter-invalid', parameter, rule: first.keyword };
  }
}
