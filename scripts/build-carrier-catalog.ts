/**
 * Compiles `catalog/carriers.json` from the curated `data/carriers/*.json` records and the
 * npm package `mcc-mnc-list`. Deterministic: the build date is the latest `checked` date of
 * the curated records and `dataVersion` hashes the inputs, so the same inputs give the same
 * bytes. A test rebuilds it in memory and fails when the committed file has drifted.
 *
 *   npm run build:catalog
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIER_FORMAT_VERSION, encodeCatalog, type CompactCatalog } from '../src/catalog/carrier-catalog.js';
import { deriveCarriers, type MccMncRecord } from '../src/catalog/derive-carriers.js';
import { resolveCarriers, type CuratedInput } from '../src/catalog/resolve-carriers.js';
import type { CuratedCarrier } from '../src/catalog/types.js';
import { BandfitError } from '../src/errors.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export interface CatalogInputs {
  curated: CuratedInput[];
  records: MccMncRecord[];
  mccMncVersion: string;
  /** Raw bytes that `dataVersion` hashes. */
  hashed: string[];
}

/** Reads the inputs from the checkout: every `data/carriers/*.json` and the installed package. */
export function readCatalogInputs(root = ROOT): CatalogInputs {
  const dir = join(root, 'data', 'carriers');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const hashed: string[] = [];
  const curated = files.flatMap((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    hashed.push(`data/carriers/${name}\n${text}`);
    let records: CuratedCarrier[];
    try {
      records = JSON.parse(text) as CuratedCarrier[];
    } catch (cause) {
      throw new BandfitError('E_CORRUPT_DATA', `data/carriers/${name}: not valid JSON`, { path: [name] }, cause);
    }
    if (!Array.isArray(records)) throw new BandfitError('E_CORRUPT_DATA', `data/carriers/${name}: not an array`, { path: [name] });
    return records.map((record) => ({ record, file: `data/carriers/${name}` }));
  });
  const pkgDir = dirname(require.resolve('mcc-mnc-list/package.json'));
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  hashed.push(`mcc-mnc-list ${version}\n${readFileSync(join(pkgDir, 'mcc-mnc-list.json'), 'utf8')}`);
  const records = require('mcc-mnc-list').all() as MccMncRecord[];
  return { curated, records, mccMncVersion: version, hashed };
}

/** The compiled catalog for these inputs (pure: no file is written). */
export function compileCarrierCatalog(inputs: CatalogInputs): CompactCatalog {
  const buildDate = inputs.curated.map(({ record }) => record.checked).filter(Boolean).sort().at(-1);
  if (!buildDate) throw new BandfitError('E_CORRUPT_DATA', 'No curated record has a checked date: the build date cannot be fixed');
  const derived = deriveCarriers(inputs.records, {
    version: inputs.mccMncVersion,
    asOf: buildDate,
    curated: inputs.curated.map(({ record }) => record),
  });
  const carriers = resolveCarriers(inputs.curated, derived);
  const hash = createHash('sha256');
  hash.update(`format ${CARRIER_FORMAT_VERSION}\n`);
  for (const part of inputs.hashed) hash.update(part);
  return encodeCatalog({ carriers, formatVersion: CARRIER_FORMAT_VERSION, dataVersion: hash.digest('hex').slice(0, 16), buildDate });
}

/** The file text: one carrier per line, so diffs of the generated file stay readable. */
export function catalogText(compact: CompactCatalog): string {
  const head = JSON.stringify({ formatVersion: compact.formatVersion, dataVersion: compact.dataVersion, buildDate: compact.buildDate });
  const lines = compact.carriers.map((carrier) => JSON.stringify(carrier));
  return `${head.slice(0, -1)},"carriers":[\n${lines.join(',\n')}\n]}\n`;
}

export const CATALOG_PATH = join(ROOT, 'catalog', 'carriers.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const compact = compileCarrierCatalog(readCatalogInputs());
  mkdirSync(dirname(CATALOG_PATH), { recursive: true });
  const text = catalogText(compact);
  writeFileSync(CATALOG_PATH, text);
  const curated = compact.carriers.filter((c) => c.origin === 'curated').length;
  console.log(`catalog/carriers.json: ${compact.carriers.length} carriers (${curated} curated), ${(text.length / 1024).toFixed(0)} KiB, data ${compact.dataVersion}`);
}
