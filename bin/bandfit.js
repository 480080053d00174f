#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm ci` through the prepare script) through V8's code
// cache (src/cli/start.ts); falls back to the TypeScript sources through tsx in a checkout that
// has not been built yet.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const argv = process.argv.slice(2);
if (existsSync(built)) {
  const { start } = createRequire(import.meta.url)('../dist/start.cjs');
  process.exitCode = await start(built, argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../src/cli/main.ts');
  process.exitCode = await run(argv);
}
