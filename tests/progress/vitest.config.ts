import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The progress store's unit tests (`npx vitest run --config tests/progress/vitest.config.ts`).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/progress/**/*.test.ts'] },
});
