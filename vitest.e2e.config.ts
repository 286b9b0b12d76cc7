import { defineConfig } from 'vitest/config';

// End-to-end tests: Playwright drives Chromium against the built site (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Polls wait for the browser (a cold Monaco chunk and worker take a moment on a busy machine).
    expect: { poll: { timeout: 15_000 } },
  },
});
