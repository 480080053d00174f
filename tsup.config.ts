import { defineConfig } from 'tsup';

// Pure-JS dependencies are bundled: loading one file is much faster than resolving hundreds
// of small modules at every CLI start (kysely alone is ~90 ms unbundled). Native and
// server-only packages stay external and load only when used.
const noExternal = ['kysely', 'commander', 'cli-table3', 'picocolors', 'minisearch', 'csv-parse'];
const external = ['better-sqlite3', 'pg', 'fastify', /^@fastify\//, 'mcc-mnc-list', 'i18n-iso-countries'];

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
    sourcemap: false,
    noExternal,
    external,
  },
]);
