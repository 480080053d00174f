/**
 * Compiles `catalog/tacs.json` from the two TAC tables in `../shared/data/tac/` (the Osmocom
 * tacdb export, CC-BY-SA 3.0, and the Samsung table of SamloaderKotlin, MIT): one row per
 * distinct phone of a table with the TACs that name it, each table's credit line and licence in
 * the file. Deterministic: `dataVersion` hashes the inputs, so the same tables give the same
 * bytes; a test rebuilds it and fails when the committed file has drifted.
 *
 *   npm run build:tacs
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAC_FORMAT_VERSION, type CompactTacCatalog, type TacSource } from '../src/catalog/tac-catalog.js';
import { parseOsmocomTacs, parseSamsungTacs, type TacRow } from '../src/catalog/tac-table.js';
import { compareNames } from '../src/catalog/compare-names.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TAC_DIR = join(ROOT, '..', 'shared', 'data', 'tac');
export const TAC_CATALOG_PATH = join(ROOT, 'catalog', 'tacs.json');

type SourceMeta = Omit<TacSource, 'tacs'> & { parse: (text: string, file: string) => TacRow[] };

/** In lookup order: the Samsung table first (model codes that name the regional variant, through 2025). */
const SOURCES: SourceMeta[] = [
  {
    id: 'samsung',
    file: 'samsung-tacs.csv',
    title: 'Samsung TAC table of SamloaderKotlin',
    credit: 'tacs.csv from SamloaderKotlin, Copyright (c) 2021 Zachary Wander, MIT License',
    licence: 'MIT',
    licenceUrl: 'https://github.com/zacharee/SamloaderKotlin/blob/master/LICENSE.txt',
    origin: 'GitHub zacharee/SamloaderKotlin, common/src/commonMain/moko-resources/files/tacs.csv (last changed in a3324e620bff7325bad3ae429ca94ae08a7520e4, 2026-05-14)',
    parse: parseSamsungTacs,
  },
  {
    id: 'osmocom',
    file: 'osmocom-tacdb.csv',
    title: 'Osmocom TAC database',
    credit: 'Osmocom TAC database under CC-BY-SA v3.0 (c) Harald Welte 2016',
    licence: 'CC-BY-SA-3.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/3.0/',
    origin: 'export of the Osmocom TAC database as GitHub etechfix/techhub-imei-checker tacdb.csv @ 0cc944b0403a9b92de27eb69be8b71b7d9b3409b',
    parse: parseOsmocomTacs,
  },
];

export const TAC_LICENCE =
  'This file compiles facts from two tables, each credited below. The rows of the Osmocom TAC database stay under CC-BY-SA 3.0 ' +
  '(attribution and share-alike: whoever shares this file or a work built from those rows shares it under the same licence); ' +
  'the Samsung rows are under the MIT licence of SamloaderKotlin.';

/**
 * One TAC per table: a TAC the Samsung table lists twice keeps the model codes both lines name
 * (35001390 is `SM-A336B` on one line and `SM-A336B, SM-A336M, …` on the other: SM-A336B), or
 * the first line's when they share none.
 */
function oneRowPerTac(rows: TacRow[]): TacRow[] {
  const byTac = new Map<string, TacRow>();
  for (const row of rows) {
    const held = byTac.get(row.tac);
    if (!held) byTac.set(row.tac, row);
    else {
      const shared = held.models.filter((m) => row.models.includes(m));
      if (shared.length) byTac.set(row.tac, { ...held, models: shared });
    }
  }
  return [...byTac.values()];
}

/** The compiled catalog of these table texts, by source id (pure: no file is read or written). */
export function compileTacCatalog(texts: Record<string, string>): CompactTacCatalog {
  const hash = createHash('sha256').update(`format ${TAC_FORMAT_VERSION}\n`);
  const sources: TacSource[] = [];
  const rows: CompactTacCatalog['rows'] = [];
  SOURCES.forEach(({ parse, ...meta }, index) => {
    const text = texts[meta.id] ?? '';
    hash.update(`${meta.file}\n${text}`);
    const tacRows = oneRowPerTac(parse(text, meta.file));
    const byPhone = new Map<string, { brand: string; models: string[]; tacs: string[] }>();
    for (const row of tacRows) {
      const key = `${row.brand}\u0000${row.models.join('\u0000')}`;
      const phone = byPhone.get(key) ?? { brand: row.brand, models: row.models, tacs: [] };
      phone.tacs.push(row.tac);
      byPhone.set(key, phone);
    }
    const phones = [...byPhone.values()].sort((a, b) => compareNames(a.brand, b.brand) || compareNames(a.models.join(','), b.models.join(',')));
    for (const phone of phones) rows.push([index, phone.brand, phone.models, phone.tacs.sort().join(' ')]);
    sources.push({ ...meta, tacs: tacRows.length });
  });
  return { formatVersion: TAC_FORMAT_VERSION, dataVersion: hash.digest('hex').slice(0, 16), licence: TAC_LICENCE, sources, rows };
}

/** The tables' texts from `../shared/data/tac/`. */
export function readTacTables(dir = TAC_DIR): Record<string, string> {
  return Object.fromEntries(SOURCES.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));
}

/** The file text: one phone per line, so diffs stay readable. */
export function tacCatalogText(compact: CompactTacCatalog): string {
  const { rows, ...head } = compact;
  const top = JSON.stringify(head, null, 1).replace(/\n\s*/g, ' ');
  return `${top.slice(0, -1)}, "rows": [\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const compact = compileTacCatalog(readTacTables());
  const text = tacCatalogText(compact);
  writeFileSync(TAC_CATALOG_PATH, text);
  const tacs = compact.sources.map((s) => `${s.tacs} ${s.id}`).join(', ');
  console.log(`catalog/tacs.json: ${compact.rows.length} phones, TACs ${tacs}, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB, data ${compact.dataVersion}`);
}
