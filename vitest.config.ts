import { configDefaults, defineConfig } from 'vitest/config';

// Vitest projects, each picked by folder so a new test folder needs no change here:
// - unit: every tests/**/*.test.ts except the VM and the browser tests;
// - vm: tests/vm, which boots the real guest under Node (slow; also verifies the committed VM image);
// - e2e: tests/e2e, run by `npm run test:e2e` against the built site (vitest.e2e.config.ts: one file at a time).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/vm/**'] } },
      { extends: true, test: { name: 'vm', include: ['tests/vm/**/*.test.ts'] } },
    ],
  },
});
