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
    // Without comments and spaces, the file read, hashed and decoded at every start is half the
    // size; identifiers are kept, so names in messages read the same.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    // i18n-iso-countries (code, JSON tables and diacritics) and better-sqlite3's JavaScript join
    // the bundle: resolving and compiling their files cost about 10 ms of every start. The
    // SQLite addon itself is loaded from its own file (src/store/open-sqlite.ts).
    noExternal: [...noExternal, 'i18n-iso-countries', 'diacritics', 'better-sqlite3'],
    external: external.filter((name) => name !== 'i18n-iso-countries' && name !== 'better-sqlite3'),
  },
]);
