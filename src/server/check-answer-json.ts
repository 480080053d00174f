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

/** How a result whose first member is its carrier starts once the carrier is written as `0`. */
const CARRIER_FIRST = '{"carrier":0';

/**
 * One carrier's result: the summary written once, the rest by `JSON.stringify` of a copy with
 * the summary left out (one native call instead of one per member).
 */
function resultJson(result: CarrierResult): string {
  const rest = JSON.stringify({ ...result, carrier: 0 });
  if (!rest.startsWith(CARRIER_FIRST)) return JSON.stringify(result);
  return `{"carrier":${once(result.carrier)}${rest.slice(CARRIER_FIRST.length)}`;
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
