import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../src/project-root.js';

export interface ColdStartFigures {
  runs: number;
  nodeMs: number;
  checkMs: number;
  ratio: number;
}

function medianMs(command: string[], env: NodeJS.ProcessEnv, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(command[0]!, command.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

/** CLI cold start: a whole `bandfit check` process against a bare `node -e 0`. */
export function coldStart(runs = 15): ColdStartFigures {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-cold-'));
  try {
    const env = { ...process.env, BANDFIT_DB: join(dir, 'cold.db') };
    const check = ['node', projectPath('bin', 'bandfit.js'), 'check', 'Xiaomi Mi 6', '--country', 'US', '--json'];
    spawnSync(check[0]!, check.slice(1), { env }); // first run seeds the store, as on first use
    const checkMs = medianMs(check, env, runs);
    const nodeMs = medianMs(['node', '-e', '0'], env, runs);
    return { runs, nodeMs: Math.round(nodeMs), checkMs: Math.round(checkMs), ratio: Math.round((checkMs / nodeMs) * 100) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
