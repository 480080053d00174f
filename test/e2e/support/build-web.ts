import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../../src/project-root.js';

/** What the app's build reads: a change in any of them makes web/dist stale. */
const INPUTS = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/bands', 'src/messages/paste-bands.ts'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const isStale = (index: string) => !existsSync(index) || INPUTS.some((p) => newest(projectPath(p)) > statSync(index).mtimeMs);

/**
 * Builds web/dist when it is missing or older than its sources, so a browser test always runs
 * the app as the sources are. Test files run in parallel: one builds, the others wait on the lock.
 */
export async function buildWebIfStale(): Promise<void> {
  const index = projectPath('web', 'dist', 'index.html');
  const lock = projectPath('web', '.build-lock');
  for (let waited = 0; isStale(index); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 60_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 60_000) rmdirSync(lock);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      // Vitest sets NODE_ENV=test, which would make a development build (Preact's debug hooks,
      // 83 kB of JS instead of 57 kB): the tests and the bench must run the app as it ships.
      const env = { ...process.env, NODE_ENV: 'production' };
      if (isStale(index)) execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: projectPath(), env, stdio: 'ignore' });
    } finally {
      rmdirSync(lock);
    }
  }
}
