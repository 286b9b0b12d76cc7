import { defineConfig } from 'vitest/config';

// Unit tests only; browser tests live in tests/e2e and run with their own runner script.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/checker/**/*.test.ts', 'tests/sims/**/*.test.ts', 'tests/exercises/**/*.test.ts', 'tests/progress/**/*.test.ts', 'tests/vm/**/*.test.ts', 'tests/labs/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
