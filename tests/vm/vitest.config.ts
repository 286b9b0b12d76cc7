import { defineConfig } from 'vitest/config';

// Runs only the lab VM tests: npx vitest run --config tests/vm/vitest.config.ts
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: { include: ['tests/vm/**/*.test.ts'], testTimeout: 60_000 },
});
