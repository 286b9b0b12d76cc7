import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests: every tests/**/*.test.ts, so a new test folder needs no change here. Browser tests live in
// tests/e2e and run with their own config (vitest.e2e.config.ts) against the built site.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    testTimeout: 60_000,
  },
});
