import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { projectPath } from '../src/project-root.js';
import { apiLoad } from './api-load.js';
import { clusterLoad } from './cluster-load.js';
import { coldStart } from './cold-start.js';
import { engineMatrix } from './engine-matrix.js';
import { importSpeed } from './import-speed.js';
import { querySpeed } from './query-speed.js';
import { serverMemory } from './server-memory.js';
import { tacLookupSpeed } from './tac-lookup.js';
import { webColdLoad } from './web-cold-load.js';

/** Runs every benchmark, prints its figures and writes them to bench/results.json. */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  // Running a subset (`npm run bench -- import`) keeps the other figures of the last full run.
  const file = projectPath('bench', 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = {
    ...previous,
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  };
  const step = async (name: string, run: () => unknown) => {
    if (!want(name)) return;
    process.stdout.write(`${name}: running…\n`);
    results[name] = await run();
    process.stdout.write(`${name}: ${JSON.stringify(results[name])}\n`);
  };
  await step('engineMatrix', engineMatrix);
  await step('import', importSpeed);
  await step('queries', querySpeed);
  await step('coldStart', () => coldStart());
  await step('apiLoad', () => apiLoad());
  await step('serverMemory', serverMemory);
  await step('tacLookup', tacLookupSpeed);
  await step('webColdLoad', () => webColdLoad());
  await step('clusterLoad', () => clusterLoad());
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write('written to bench/results.json\n');
}

await main();
