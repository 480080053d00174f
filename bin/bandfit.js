#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm ci` through the prepare script); falls back to the
// TypeScript sources through tsx in a checkout that has not been built yet.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let run;
if (existsSync(built)) {
  ({ run } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ run } = await import('../src/cli/main.ts'));
}
process.exitCode = await run(process.argv.slice(2));
