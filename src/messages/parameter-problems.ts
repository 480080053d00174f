import type { Surface } from './surface.js';

/**
 * A query's parameters that break its schema (src/service/query-schemas.ts): the same problem
 * whether the route's validation or the CLI's check of the query it built found it
 * (src/service/schema-problem.ts), written with the CLI's flags or the API's parameters.
 */
export type ParameterProblem =
  | { code: 'E_BAD_INPUT'; kind: 'missing-parameter'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'unknown-parameter'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-type'; parameter: string; expected: 'string' | 'number' | 'integer' | 'boolean' | 'array'; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-too-short'; parameter: string; min: number; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-too-long'; parameter: string; max: number }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-below'; parameter: string; min: number; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-not-above'; parameter: string; min: number; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-above'; parameter: string; max: number; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'too-few-values'; parameter: string; min: number }
  | { code: 'E_BAD_INPUT'; kind: 'too-many-values'; parameter: string; max: number; count?: number }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-form'; parameter: string; form: string; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-not-one-of'; parameter: string; allowed: string[]; input?: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-invalid'; parameter: string; rule: string }
  | { code: 'E_BAD_INPUT'; kind: 'parameter-repeated'; parameter: string; count: number };

/** The parameters the CLI takes as arguments, not flags; the others are `--kebab-case` flags. */
const CLI_ARGUMENTS: Readonly<Record<string, string>> = { device: 'The phone (DEVICE)', devices: 'The list of phones (DEVICES)', q: 'The search (QUERY)', name: 'The name (NAME)' };
/** Flags named otherwise than their parameter. */
const CLI_FLAGS: Readonly<Record<string, string>> = { includeAll: 'all', models: 'model', page: 'from' };

/** A parameter as the subject of a sentence: `--max-price` on the CLI, `The parameter "maxPrice"` over HTTP. */
export function parameterSubject(surface: Surface, parameter: string): string {
  if (!parameter) return surface === 'http' ? 'The request' : 'The query';
  if (surface === 'http') return `The parameter "${parameter.slice(0, 50)}"`;
  const [top = parameter, ...item] = parameter.split('.');
  const named = CLI_ARGUMENTS[top] ?? `--${CLI_FLAGS[top] ?? top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return item.length ? `${named} (item ${Number(item[0]) + 1})` : named;
}

/** The words for a pattern's name (src/service/schema-problem.ts names the patterns of the schemas). */
const FORMS: Readonly<Record<string, string>> = {
  date: 'a date as YYYY-MM-DD, for example 2026-06-15',
  currency: 'a currency code of three letters, for example USD',
};

const TYPES = { string: 'a string of text', number: 'a number', integer: 'an integer (a whole number)', boolean: 'a boolean (true or false)', array: 'an array of values' } as const;

const got = (input: string | undefined): string => (input === undefined ? '' : `, got "${input}"`);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Writes the one sentence (undefined for another area's kind) for a parameter problem. */
export function writeParameterProblem(p: ParameterProblem, surface: Surface): string | undefined {
  const subject = 'parameter' in p ? parameterSubject(surface, p.parameter) : '';
  switch (p.kind) {
    case 'missing-parameter':
      return `${subject} is required`;
    case 'unknown-parameter':
      return surface === 'cli' ? `Unknown option ${subject}` : `Unknown parameter "${p.parameter.slice(0, 50)}"`;
    case 'parameter-type':
      return `${subject} must be ${TYPES[p.expected]}${got(p.input)}`;
    case 'parameter-too-short':
      return `${subject} must be at least ${plural(p.min, 'character', 'characters')} long${got(p.input)}`;
    case 'parameter-too-long':
      return `${subject} must be at most ${plural(p.max, 'character', 'characters')} long`;
    case 'parameter-below':
      return `${subject} must be at least ${p.min}${got(p.input)}`;
    case 'parameter-not-above':
      return `${subject} must be more than ${p.min}${got(p.input)}`;
    case 'parameter-above':
      return `${subject} must be at most ${p.max}${got(p.input)}`;
    case 'too-few-values':
      return `${subject} needs at least ${plural(p.min, 'value', 'values')}`;
    case 'too-many-values':
      return `${subject} takes at most ${plural(p.max, 'value', 'values')}${p.count === undefined ? '' : `, got ${p.count}`}`;
    case 'parameter-form':
      return `${subject} must be ${FORMS[p.form] ?? `text of the form ${p.form}`}${got(p.input)}`;
    case 'parameter-not-one-of':
      return `${subject} must be one of ${p.allowed.join(', ')}${got(p.input)}`;
    case 'parameter-invalid':
      return `${subject} is not valid (${p.rule})`;
    case 'parameter-repeated':
      return `${subject} is given ${p.count} times; give it once`;
    default:
      return undefined; // a kind of another area
  }
}
