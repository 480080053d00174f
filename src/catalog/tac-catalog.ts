import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BandfitError } from '../errors.js';
import { compiledCatalogLoader } from './compiled-catalog-file.js';
import type { TacRow } from './tac-table.js';

/** Bumped whenever the compact form changes; the loader refuses any other. */
export const TAC_FORMAT_VERSION = 1;

/** One table compiled into `catalog/tacs.json`, with its credit line and licence. */
export interface TacSource {
  id: string;
  /** The table's file name: rows are cited as `<file>, TAC <tac>`. */
  file: string;
  title: string;
  /** The attribution the licence asks for, as the table states it. */
  credit: string;
  /** SPDX id (`CC-BY-SA-3.0`, `MIT`). */
  licence: string;
  licenceUrl: string;
  /** Where the copy read came from (repository, path, commit). */
  origin: string;
  /** Distinct TACs compiled from it. */
  tacs: number;
}

/**
 * `catalog/tacs.json` (docs/tac-catalog.md): the sources, then one row per distinct phone of a
 * source, `[source index, brand, [model, other model codes…], "tac tac …"]`, so a model listed
 * under 40 TACs is written once.
 */
export interface CompactTacCatalog {
  formatVersion: number;
  dataVersion: string;
  licence: string;
  sources: TacSource[];
  rows: [number, string, string[], string][];
}

/** A row of a table that knows a TAC, and which table it is. */
export interface TacHit extends TacRow {
  /** The table's title and licence (`Osmocom TAC database (CC-BY-SA-3.0)`), or `imported by you`. */
  source: string;
}

export interface TacCatalog {
  formatVersion: number;
  dataVersion: string;
  sources: readonly TacSource[];
  size: number;
  /** The row for a TAC; when two tables know it, the earlier source wins. */
  find(tac: string): TacHit | undefined;
}

/** Decodes the compact form into a TAC index (one Map, built here once). */
export function decodeTacCatalog(compact: CompactTacCatalog): TacCatalog {
  if (!compact || compact.formatVersion !== TAC_FORMAT_VERSION) {
    throw new BandfitError({ code: 'E_CATALOG_VERSION', kind: 'catalog-format', catalog: 'TAC', found: String(compact?.formatVersion), expected: TAC_FORMAT_VERSION, script: 'build:tacs' }, {
      found: compact?.formatVersion, expected: TAC_FORMAT_VERSION,
    });
  }
  const byTac = new Map<string, { source: number; brand: string; models: string[] }>();
  for (const [source, brand, models, tacs] of compact.rows) {
    const entry = { source, brand, models };
    for (const tac of tacs.split(' ')) {
      const held = byTac.get(tac);
      if (!held || held.source > source) byTac.set(tac, entry);
    }
  }
  return {
    formatVersion: compact.formatVersion,
    dataVersion: compact.dataVersion,
    sources: compact.sources,
    size: byTac.size,
    find(tac) {
      const hit = byTac.get(tac);
      if (!hit) return undefined;
      const source = compact.sources[hit.source]!;
      return { tac, brand: hit.brand, models: hit.models, row: `${source.file}, TAC ${tac}`, source: `${source.title} (${source.licence})` };
    },
  };
}

/** `catalog/tacs.json` next to `src/` (source checkout) or next to `dist/` (package). */
export function defaultTacCatalogPath(): string {
  const candidates = ['../../catalog/tacs.json', '../catalog/tacs.json'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

const loadTacFile = compiledCatalogLoader('TAC', 'build:tacs', (raw) => decodeTacCatalog(raw as CompactTacCatalog));

/**
 * Loads (once per process) the compiled TAC catalog. Only an IMEI question calls it, so other
 * commands never read the file.
 */
export function loadTacCatalog(path = defaultTacCatalogPath()): TacCatalog {
  return loadTacFile(path);
}
