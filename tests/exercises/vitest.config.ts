import { defineConfig } from 'vitest/config';

// Lets `npx vitest run --root tests/exercises` run these tests until the root config includes tests/exercises.
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
  },
});
