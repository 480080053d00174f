import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../src/project-root.js';

/**
 * The web app takes its answers' and parameters' types from the core (web/src/api.ts imports
 * the queries' result types and schemas' `Static<>` types), so a change to a query's shape
 * that the app does not follow fails here, not in a browser.
 */
describe('the web app', () => {
  it('typechecks against the core\'s types (npx tsc -p web)', async () => {
    const tsc = projectPath('node_modules', 'typescript', 'bin', 'tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'web', '--noEmit', '--pretty', 'false'], { cwd: projectPath() }).catch((e: { stdout: string }) => e);
    expect(result.stdout).toBe('');
  }, 180_000);
});
