import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTacCatalog, defaultTacCatalogPath, type CompactTacCatalog } from '../src/catalog/tac-catalog.js';
import { loadStarterCatalog } from '../src/catalog/starter-devices.js';
import { projectPath } from '../src/project-root.js';
import { identifyPhone } from '../src/service/identify-phone.js';

export interface TacLookupFigures {
  tacs: number;
  rows: number;
  fileKiB: number;
  /** Read, JSON.parse and index the file, median of 7. */
  loadMs: number;
  /** One `find` on the built index, known and unknown TACs alike. */
  lookupNs: number;
  /** `identifyPhone` on a TAC (find plus resolving its model codes), starter catalog. */
  identifyUs: number;
  /** Whole `bandfit check` processes, median of 7: by name, and by IMEI (which loads the file). */
  checkByNameMs: number;
  checkByImeiMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/** What an IMEI question costs: loading catalog/tacs.json once, then each lookup. */
export async function tacLookupSpeed(): Promise<TacLookupFigures> {
  const path = defaultTacCatalogPath();
  const loads: number[] = [];
  let catalog = decodeTacCatalog(JSON.parse(readFileSync(path, 'utf8')) as CompactTacCatalog);
  for (let i = 0; i < 7; i++) {
    const t = process.hrtime.bigint();
    catalog = decodeTacCatalog(JSON.parse(readFileSync(path, 'utf8')) as CompactTacCatalog);
    loads.push(since(t));
  }
  const compact = JSON.parse(readFileSync(path, 'utf8')) as CompactTacCatalog;
  const known = compact.rows.flatMap((row) => row[3].split(' '));
  const asked = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? known[(i * 7919) % known.length]! : String(10_000_000 + i)));
  let hits = 0;
  const t = process.hrtime.bigint();
  for (const tac of asked) if (catalog.find(tac)) hits++;
  const lookupNs = (since(t) * 1e6) / asked.length;
  if (hits < asked.length / 2) throw new Error('known TACs not found');
  const { devices } = await loadStarterCatalog();
  const find = (tac: string) => catalog.find(tac);
  identifyPhone(devices, find, '35799425');
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const s = process.hrtime.bigint();
    identifyPhone(devices, find, i % 2 ? '35799425' : '35038630');
    times.push(since(s) * 1000);
  }
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-tac-'));
  try {
    const env = { ...process.env, BANDFIT_DB: join(dir, 'tac.db') };
    const run = (args: string[]) => {
      const s = process.hrtime.bigint();
      const r = spawnSync('node', [projectPath('bin', 'bandfit.js'), ...args, '--json'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      if (r.status !== 0) throw new Error(`bandfit ${args.join(' ')} failed: ${r.stderr}`);
      return since(s);
    };
    const byName = ['check', 'Galaxy S24 Ultra', '--country', 'US'];
    const byImei = ['check', '--imei', '35799425', '--country', 'US'];
    run(byName); // the first run seeds the store
    const nameTimes: number[] = [];
    const imeiTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      nameTimes.push(run(byName));
      imeiTimes.push(run(byImei));
    }
    return {
      tacs: catalog.size,
      rows: compact.rows.length,
      fileKiB: Math.round(statSync(path).size / 1024),
      loadMs: Math.round(median(loads) * 10) / 10,
      lookupNs: Math.round(lookupNs),
      identifyUs: Math.round(median(times)),
      checkByNameMs: Math.round(median(nameTimes)),
      checkByImeiMs: Math.round(median(imeiTimes)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await tacLookupSpeed()));
}
