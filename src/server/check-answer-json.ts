import type { CarrierResult } from '../service/check-service.js';
import type { CheckReport } from '../service/check-report.js';

/**
 * The JSON of parts that are one object in many answers, written once per object: a carrier's
 * summary and a device's (made once per catalog object and frozen, src/service/check-service.ts)
 * and a catalog variant's band list. Under traffic where every request asks another phone ×
 * country, the carriers' summaries were a third of each answer's bytes and of the time spent
 * serializing it (bench/README.md, apiLoad). Weak keys: a replaced snapshot takes its entries
 * with it.
 */
const written = new WeakMap<object, string>();

function once(value: object): string {
  let json = written.get(value);
  if (json === undefined) written.set(value, (json = JSON.stringify(value)));
  return json;
}

/** `"key":` for the few keys of an answer. */
const keys = new Map<string, string>();

function keyOf(key: string): string {
  let json = keys.get(key);
  if (json === undefined) keys.set(key, (json = `${JSON.stringify(key)}:`));
  return json;
}

/**
 * One object's members in its own key order, as `JSON.stringify` writes them (a member whose
 * value it skips, `undefined`, is skipped), each value written by `write`.
 */
function members(object: object, write: (key: string, value: unknown) => string | undefined): string {
  let json = '';
  for (const key of Object.keys(object)) {
    const value = write(key, (object as Record<string, unknown>)[key]);
    if (value === undefined) continue;
    json += (json ? ',' : '') + keyOf(key) + value;
  }
  return `{${json}}`;
}

/** Whether an object's own keys are `expected`, in that order. */
function keysAre(object: object, expected: readonly string[]): boolean {
  const keys = Object.keys(object);
  if (keys.length !== expected.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== expected[i]) return false;
  return true;
}

/** The members of a result, in the order src/service/check-service.ts writes them. */
const RESULT_KEYS = ['carrier', 'verdict', 'level', 'score', 'calls', 'voice', 'technologies', 'reasons', 'dataAge'];

/** A frozen part is shared between answers (src/engine/band-tables.ts, data-age.ts): written once. */
const shared = (value: object): string => (Object.isFrozen(value) ? once(value) : JSON.stringify(value));

/**
 * One carrier's result: the summary, the band tables and the data age written once per object,
 * the rest by `JSON.stringify`. A result of another shape is written member by member in its
 * own order, its summary still written once.
 */
function resultJson(result: CarrierResult): string {
  if (!keysAre(result, RESULT_KEYS)) return members(result, (key, value) => (key === 'carrier' ? once(value as object) : JSON.stringify(value)));
  let tables = '';
  const technologies = result.technologies;
  for (let i = 0; i < technologies.length; i++) tables += (i ? ',' : '') + shared(technologies[i]!);
  const words = `"verdict":${JSON.stringify(result.verdict)},"level":${JSON.stringify(result.level)},"score":${JSON.stringify(result.score)},"calls":${JSON.stringify(result.calls)},"voice":${JSON.stringify(result.voice)}`;
  return `{"carrier":${once(result.carrier)},${words},"technologies":[${tables}],"reasons":${JSON.stringify(result.reasons)},"dataAge":${shared(result.dataAge)}}`;
}

/**
 * The body of a `check` answer: exactly `JSON.stringify(report)` (a test compares them over the
 * starter catalog), with the shared parts written once. The band list is the catalog variant's
 * own array only when the report names a device (pasted band text makes a new one each time).
 *
 * @example
 * reply.type('application/json; charset=utf-8').send(checkAnswerJson(checkQuery(snapshot, query)));
 */
export function checkAnswerJson(report: CheckReport): string {
  return members(report, (key, value) => {
    if (key === 'results') return `[${(value as CarrierResult[]).map(resultJson).join(',')}]`;
    if (key === 'device' && value) return once(value);
    if (key === 'bands' && report.device) return once(value as string[]);
    return JSON.stringify(value);
  });
}
