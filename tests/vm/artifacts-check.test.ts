import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The check downloads the pinned Debian packages and rebuilds the deterministic parts: it needs apt and root,
// which every CI machine has. Elsewhere (macOS, a laptop without root) the committed artifacts are used as they are.
const canRebuild = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;

describe('the committed guest image', () => {
  it.skipIf(!canRebuild && !process.env.CI)('matches what build:vm produces from its pinned inputs (build:vm --check)', () => {
    const result = spawnSync(process.execPath, ['scripts/vm/build.ts', '--check'], { cwd: root, encoding: 'utf8', timeout: 600_000 });
    expect(result.stderr + result.stdout).toMatch(/matches vm\/ and the pinned packages/);
    expect(result.status).toBe(0);
  }, 600_000);
});
