import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The soak holds the machine for half a minute: `npm run test:soak` (CI runs it after the suite).
    exclude: ['**/node_modules/**', 'test/soak/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
