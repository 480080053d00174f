import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Builds the browser app into `web/dist`, which `bandfit serve` serves at `/`.
 * `npx vite build --config web/vite.config.ts`; `npx vite --config web/vite.config.ts` for a
 * dev server that sends `/api` to a `bandfit serve` on port 8080.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map outline is a separate JSON asset fetched when the map first shows.
    assetsInlineLimit: 0,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
