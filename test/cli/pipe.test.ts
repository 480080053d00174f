import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/** `bandfit devices | head -1`: the reader closes the pipe early; the CLI stops quietly. */
describe('output into a pipe that closes early', () => {
  it('ends without a stack trace or an EPIPE message', async () => {
    const home = mkdtempSync(join(tmpdir(), 'bandfit-pipe-'));
    try {
      const child = spawn(process.execPath, [projectPath('bin', 'bandfit.js'), 'devices'], {
        env: { ...process.env, BANDFIT_DB: join(home, 'store.db'), NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (chunk) => void (err += chunk));
      // Read the first chunk, then close the pipe as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(err).not.toMatch(/EPIPE|\n\s+at /);
      expect(code).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
