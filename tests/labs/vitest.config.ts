import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Linux labs' unit tests: `npx vitest run --config tests/labs/vitest.config.ts`
// (the repository's vitest.config.ts does not list tests/labs yet).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/labs/**/*.test.ts'], testTimeout: 60_000 },
});
