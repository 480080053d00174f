import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../src/project-root.js';

export interface ColdStartFigures {
  runs: number;
  nodeMs: number;
  checkMs: number;
  ratio: number;
}

function timeMs(command: string[], env: NodeJS.ProcessEnv): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(command[0]!, command.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;

/** The newest modification time of the files under `dir`, in ms. */
function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/**
 * `bin/bandfit.js` runs the bundle in dist/ when there is one, else the sources through tsx: a
 * bundle older than the sources would measure code that is no longer there, and none at all
 * would measure tsx's compiler. Either is refused.
 */
function requireFreshBundle(): void {
  const bundle = projectPath('dist', 'cli.cjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(projectPath('src'))) {
    throw new Error('coldStart measures the bundle: dist/cli.cjs is missing or older than src/, run `npx tsup` first');
  }
}

/** CLI cold start: a whole `bandfit check` process against a bare `node -e 0`. */
export function coldStart(runs = 15): ColdStartFigures {
  requireFreshBundle();
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-cold-'));
  try {
    const env = { ...process.env, BANDFIT_DB: join(dir, 'cold.db') };
    const check = ['node', projectPath('bin', 'bandfit.js'), 'check', 'Xiaomi Mi 6', '--country', 'US', '--json'];
    // The first run seeds the store and keeps the CLI's compiled code beside it (code-cache/), as on first use.
    spawnSync(check[0]!, check.slice(1), { env });
    // Alternating the two, so drift on a shared machine falls on both alike.
    const nodeTimes: number[] = [];
    const checkTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      nodeTimes.push(timeMs(['node', '-e', '0'], env));
      checkTimes.push(timeMs(check, env));
    }
    const [nodeMs, checkMs] = [median(nodeTimes), median(checkTimes)];
    return { runs, nodeMs: Math.round(nodeMs), checkMs: Math.round(checkMs), ratio: Math.round((checkMs / nodeMs) * 100) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
