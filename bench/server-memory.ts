import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectPath } from '../src/project-root.js';
import { sharedData, TIDY_DUMP } from './shared-data.js';

/**
 * Resident memory of `bandfit serve` with the whole GSMArena dump imported, after a few
 * `where`/`phones`/`check` answers have loaded every device and the carrier catalog. Measured
 * twice when dist/ is built: the shipped bundle (`bin/bandfit.js`), and the sources as they are
 * now through tsx (its loader adds some memory, so that figure is an upper bound).
 */

export interface ServerMemoryFigures {
  entry: 'dist' | 'src';
  devices: number;
  /** Resident set after the warm-up requests, in MiB; target < 250. */
  rssMb: number;
  /** Highest resident set of the process so far (VmHWM), in MiB. */
  peakRssMb: number;
  targetMb: number;
  met: boolean;
}

const WARM_UP = [
  '/api/v1/check?device=Xiaomi%20Mi%206&country=US',
  '/api/v1/check?device=Xiaomi%20Mi%206&country=DE',
  '/api/v1/where?device=Xiaomi%20Mi%206',
  '/api/v1/phones?country=US',
  '/api/v1/phones?country=DE&sort=price',
  '/api/v1/devices?q=galaxy',
];

/** VmRSS and VmHWM of a Linux process from /proc, in MiB. */
export function procMemoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** The command line that runs `bandfit` from dist/ (as shipped) or from the sources. */
function cli(entry: 'dist' | 'src'): string[] {
  if (entry === 'dist') return [projectPath('bin', 'bandfit.js')];
  const main = pathToFileURL(projectPath('src', 'cli', 'main.ts')).href;
  return ['--import', 'tsx', '--input-type=module', '-e', `const { run } = await import(${JSON.stringify(main)}); process.exitCode = await run(process.argv.slice(1));`];
}

export async function serverMemory(): Promise<{ dist?: ServerMemoryFigures; src: ServerMemoryFigures } | { skipped: string }> {
  const dump = sharedData(...TIDY_DUMP);
  if (!dump) return { skipped: '../shared/data is absent' };
  if (!existsSync('/proc/self/status')) return { skipped: 'needs /proc (Linux)' };
  const src = await measure('src', dump);
  return existsSync(projectPath('dist', 'cli.cjs')) ? { dist: await measure('dist', dump), src } : { src };
}

async function measure(entry: 'dist' | 'src', dump: string): Promise<ServerMemoryFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-mem-'));
  const env = { ...process.env, BANDFIT_DB: join(dir, 'store.db') };
  const bin = cli(entry);
  try {
    const imported = spawnSync(process.execPath, [...bin, 'import', 'devices', dump, '--skip-invalid'], { env, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
    const server = spawn(process.execPath, [...bin, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      for (const path of WARM_UP) {
        const res = await fetch(url + path);
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        await res.arrayBuffer();
      }
      const all = (await (await fetch(`${url}/api/v1/devices?limit=1`)).json()) as { total: number };
      const { rss, peak } = procMemoryMb(server.pid!);
      return { entry, devices: all.total, rssMb: rss, peakRssMb: peak, targetMb: 250, met: rss < 250 };
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(await serverMemory(), null, 2)}\n`);
