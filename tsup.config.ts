import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  splitting: true,
  sourcemap: false,
  // Pure-JS dependencies are bundled: loading one file is much faster than resolving hundreds
  // of small modules at every CLI start (kysely alone is ~90 ms unbundled). Native and
  // server-only packages stay external and load only when used.
  noExternal: ['kysely', 'commander', 'cli-table3', 'picocolors', 'minisearch', 'csv-parse'],
  external: ['better-sqlite3', 'pg', 'fastify', /^@fastify\//, 'mcc-mnc-list', 'i18n-iso-countries'],
  banner: { js: "import { createRequire as __bandfitCreateRequire } from 'node:module'; const require = __bandfitCreateRequire(import.meta.url);" },
});
