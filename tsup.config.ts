import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// Pure-JS dependencies are bundled: loading one file is much faster than resolving hundreds
// of small modules at every CLI start (kysely alone is ~90 ms unbundled). Native and
// server-only packages stay external and load only when used.
const noExternal = ['kysely', 'commander', 'cli-table3', 'picocolors', 'minisearch', 'csv-parse'];
const external = ['better-sqlite3', 'pg', 'fastify', /^@fastify\//, 'mcc-mnc-list', 'i18n-iso-countries'];

/**
 * commander requires child_process when loaded, for executable subcommands (`git-style`
 * commands in files of their own), which bandfit has none of; Node then builds child_process,
 * net and dgram at every CLI start (about 3 ms). In the CLI bundle commander gets a stand-in
 * that loads child_process only if it is used.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'lazy-child-process', namespace: 'bandfit' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'bandfit' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // The library: ES modules, split so an import loads only what it uses.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    target: 'node20',
    dts: { entry: { index: 'src/index.ts' } },
    // Everything but the CLI's files, which the second build writes at the same time.
    clean: ['!*.cjs'],
    splitting: true,
    sourcemap: false,
    noExternal,
    external,
    banner: { js: "import { createRequire as __bandfitCreateRequire } from 'node:module'; const require = __bandfitCreateRequire(import.meta.url);" },
  },
  {
    // The CLI: one CommonJS file (commands stay lazy: each is an init function run on first
    // use), which V8 can compile from its code cache (src/cli/code-cache.ts) in one piece; an ES
    // module graph costs a loader round per file and cannot use the cache on Node 20. start.cjs
    // is the small loader bin/bandfit.js calls.
    entry: { cli: 'src/cli/main.ts', start: 'src/cli/start.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    splitting: false,
    shims: true,
    // Without comments and spaces, the file read, hashed and decoded at every start is half the
    // size; identifiers are kept, so names in messages read the same.
    minifyWhitespace: true,
    minifySyntax: true,
    // Kept as written (`node:child_process`), so lazyChildProcess sees commander's require.
    removeNodeProtocol: false,
    esbuildPlugins: [lazyChildProcess],
    sourcemap: false,
    // i18n-iso-countries (code, JSON tables and diacritics) and better-sqlite3's JavaScript join
    // the bundle: resolving and compiling their files cost about 10 ms of every start. The
    // SQLite addon itself is loaded from its own file (src/store/open-sqlite.ts).
    noExternal: [...noExternal, 'i18n-iso-countries', 'diacritics', 'better-sqlite3'],
    external: external.filter((name) => name !== 'i18n-iso-countries' && name !== 'better-sqlite3'),
  },
]);
