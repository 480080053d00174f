import { BandfitError } from '../errors.js';

/**
 * A list parameter as one list: repeated and comma-separated values (`countries=JP,KR`,
 * `--countries JP,KR`), blanks dropped, at least one and at most `max` items. The HTTP routes
 * and the CLI read lists with it, so both refuse the same lists with the same problems as a
 * schema's `minItems` and `maxItems` (src/messages/parameter-problems.ts).
 *
 * @example
 * listParameter(['JP, KR', 'US'], 'countries', 30); // ['JP', 'KR', 'US']
 */
export function listParameter(values: readonly string[], parameter: string, max: number): string[] {
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (!items.length) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'too-few-values', parameter, min: 1 });
  if (items.length > max) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'too-many-values', parameter, max, count: items.length });
  return items;
}
