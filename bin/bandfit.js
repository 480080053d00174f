#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm ci` through the prepare script) through V8's code
// cache (src/cli/start.ts); falls back to the TypeScript sources through tsx in a checkout that
// has not been built yet. A CommonJS file (bin/package.json), so a start does not set up Node's
// ES module loader for it.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'cli.cjs');
const argv = process.argv.slice(2);

async function main() {
  if (existsSync(built)) return require('../dist/start.cjs').start(built, argv);
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../src/cli/main.ts');
  return run(argv);
}

main().then((code) => {
  process.exitCode = code;
});
