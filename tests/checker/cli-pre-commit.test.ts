// .pre-commit-hooks.yaml: which files pre-commit hands to dfcheck, and the hook that runs the committed bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hooks: { id: string; language: string; entry: string; files: string; exclude: string }[] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));

describe('the dfcheck pre-commit hooks', () => {
  it('offer dfcheck as a node hook', () => {
    expect(hooks.find((hook) => hook.id === 'dfcheck')).toMatchObject({ language: 'node', entry: 'dfcheck' });
  });

  // pre-commit's patterns are Python regexes; these use only syntax JavaScript reads the same way.
  it.each(hooks.map((hook) => [hook.id, hook]))('%s picks Dockerfiles and Containerfiles, nothing else', (_id, hook) => {
    const picked = (path: string) => new RegExp(hook.files).test(path) && !new RegExp(hook.exclude).test(path);
    for (const path of ['Dockerfile', 'services/api/Dockerfile', 'Dockerfile.prod', 'deploy/Containerfile', 'build/app.dockerfile']) expect(picked(path), path).toBe(true);
    for (const path of ['Dockerfile.dockerignore', 'docs/Dockerfile.d/notes.md', 'MyDockerfile', 'README.md', '.dockerignore']) expect(picked(path), path).toBe(false);
  });

  it('has a hook that runs the committed bundle with the node on PATH, as pre-commit would', () => {
    const script = hooks.find((hook) => hook.language === 'script')!;
    const dir = mkdtempSync(join(tmpdir(), 'dfcheck-hook-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node\n');
    // pre-commit executes the entry itself (its shebang finds node) with the staged files as arguments.
    const result = spawnSync(join(root, script.entry), ['Dockerfile'], { cwd: dir, encoding: 'utf8', env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, NO_COLOR: '1' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Dockerfile:1:6 warning pin-base-image-tag');
  });
});
