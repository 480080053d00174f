import { readFileSync } from 'node:fs';
import { BandfitError } from '../errors.js';

/**
 * A loader for one compiled catalog file (catalog/*.json): reads and parses the file once per
 * path and decodes it; a file that is missing or not JSON is `E_CORRUPT_DATA` naming the npm
 * script that builds it. The decoder refuses a format it does not know (`E_CATALOG_VERSION`).
 *
 * @example
 * const load = compiledCatalogLoader('TAC', 'build:tacs', decodeTacCatalog);
 * load('catalog/tacs.json').find('35290611');
 */
export function compiledCatalogLoader<T>(
  catalog: 'carrier' | 'TAC' | 'device',
  script: string,
  decode: (raw: unknown, path: string) => T,
  /** How the text is read: parsed whole by default; the carrier catalog parses its lines as they are asked. */
  read: (text: string) => unknown = JSON.parse,
): (path: string) => T {
  let cached: { path: string; value: T } | undefined;
  return (path) => {
    if (cached?.path === path) return cached.value;
    let raw: unknown;
    try {
      raw = read(readFileSync(path, 'utf8'));
    } catch (cause) {
      throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'unreadable-catalog', catalog, file: path, script }, { path: [path] }, cause);
    }
    const value = decode(raw, path);
    cached = { path, value };
    return value;
  };
}
