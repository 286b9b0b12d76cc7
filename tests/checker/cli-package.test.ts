// npm run pack:cli gives a tarball that installs a working `dfcheck` on its own: no registry, no repository, no site.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dfcheck-package-'));
const prefix = join(work, 'prefix');
const dfcheck = join(prefix, 'bin', 'dfcheck');
// Only Node on PATH: the installed command must not lean on anything the repository has.
const env = { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: process.env.HOME ?? work, NO_COLOR: '1', npm_config_update_notifier: 'false' };

function runInstalled(args: string[]) {
  const result = spawnSync(dfcheck, args, { cwd: work, env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let tarball = '';
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'pack-cli.ts'), '--out-dir', join(work, 'out')], { cwd: root, stdio: 'pipe' });
  tarball = join(work, 'out', readdirSync(join(work, 'out')).find((name) => name.endsWith('.tgz'))!);
  // --offline: the install fails if it needs anything from a registry.
  execFileSync('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: work, env, stdio: 'pipe' });
}, 120_000);

describe('the dfcheck npm package', () => {
  it('is named after its version and declares no dependencies', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(tarball.endsWith(`dfcheck-${version}.tgz`)).toBe(true);
    const installed = join(prefix, 'lib', 'node_modules', 'dfcheck');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'dfcheck', version, license: 'MIT', bin: { dfcheck: 'bin/dfcheck.js' } });
    expect(manifest.dependencies).toBeUndefined();
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'package.json']);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License[\s\S]*ISC license/);
  });

  it('installs a dfcheck command that checks Dockerfiles', () => {
    const dirty = join(work, 'Dockerfile');
    writeFileSync(dirty, 'FROM node\nRUN apt-get install curl\n');
    const result = runInstalled(['Dockerfile']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Dockerfile:1:6 warning pin-base-image-tag The base image "node" has no tag');
    expect(runInstalled(['--lang', 'pt-BR', 'Dockerfile']).stdout).toContain('non-root-user O estágio final nunca define USER');
    expect(runInstalled(['--fail-on', 'none', 'Dockerfile']).code).toBe(0);
    expect(runInstalled(['/dev/zero']).code).toBe(2);
  });

  it('grades exercises with the definitions bundled in', () => {
    const listed = JSON.parse(runInstalled(['--list-exercises', '--format', 'json']).stdout).exercises.map((e: { id: string }) => e.id);
    const inRepo = readdirSync(join(root, 'content', 'exercises')).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
    expect(listed.sort()).toEqual(inRepo.sort());
    const answer = join(work, 'answer.Dockerfile');
    writeFileSync(answer, 'FROM node:latest\n');
    const graded = runInstalled(['--exercise', 'pin-base-image', '--format', 'json', answer]);
    expect(graded.code).toBe(1);
    expect(JSON.parse(graded.stdout)).toMatchObject({ exercise: 'pin-base-image', passed: false });
  });
});
