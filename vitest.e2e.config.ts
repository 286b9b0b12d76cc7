import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright drives Chromium against the built site (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
