import { defineConfig } from 'vitest/config';

/** `npm run test:soak`: the bounded soak of the HTTP API (test/soak), on its own. */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
