// The GitHub Action (action.yml → action/dist/index.js), run the way the runner runs it: INPUT_* variables, node24.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../action/src/inputs.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const entry = join(root, action.runs.main);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dfcheck-action-'));
  mkdirSync(join(dir, 'services', 'api'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'some-package'), { recursive: true });
  writeFileSync(join(dir, 'services', 'api', 'Dockerfile'), 'FROM node\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nUSER 10001\nCMD ["sleep", "1"]\n');
  writeFileSync(join(dir, 'node_modules', 'some-package', 'Dockerfile'), 'FROM node\n');
  return dir;
}

function runAction(dir: string, inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: join(dir, 'github-output') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [entry], { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the dfcheck GitHub Action', () => {
  it('declares a node24 action whose defaults are the ones its code applies', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(entry)).toBe(true);
    expect(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, (input as { default: string }).default]))).toEqual(INPUT_DEFAULTS);
  });

  it('writes SARIF for upload-sarif from globbed Dockerfiles, and fails at the threshold', () => {
    const dir = workspace();
    const result = runAction(dir, { dockerfile: 'Dockerfile\n**/Dockerfile', 'output-file': 'reports/dfcheck.sarif', 'failure-threshold': 'warning' });
    expect(result.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'reports', 'dfcheck.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const located = sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId}`);
    expect(located).toContain('services/api/Dockerfile pin-base-image-tag');
    expect(located.some((line: string) => line.startsWith('node_modules/'))).toBe(false);
    // Named by both patterns, checked once.
    expect(located.filter((line: string) => line === 'Dockerfile healthcheck-missing')).toHaveLength(1);
    expect(result.stdout).toContain('services/api/Dockerfile:1:6 warning pin-base-image-tag');
    expect(readFileSync(join(dir, 'github-output'), 'utf8')).toBe('output-file=reports/dfcheck.sarif\nexit-code=1\n');
  });

  it('passes with a higher threshold, and takes format and lang', () => {
    const dir = workspace();
    const result = runAction(dir, { dockerfile: 'services/*/Dockerfile', 'failure-threshold': 'error', format: 'json', 'output-file': 'out.json', lang: 'pt-BR' });
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(report.files[0].findings.find((f: { rule: string }) => f.rule === 'pin-base-image-tag').message).toContain('A imagem base');
  });

  it('fails with a clear message when a pattern matches nothing', () => {
    const result = runAction(workspace(), { dockerfile: 'docker/*.dockerfile' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('no file matches docker/*.dockerfile');
  });
});

describe('the committed bundles', () => {
  it('are what npm run pack:cli builds from the current sources', () => {
    const check = spawnSync(process.execPath, [join(root, 'scripts', 'pack-cli.ts'), '--check'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('import nothing but Node built-ins, so nothing is installed or downloaded at run time', () => {
    for (const name of ['index.js', 'dfcheck.js']) {
      const code = readFileSync(join(root, 'action', 'dist', name), 'utf8');
      const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm), ...code.matchAll(/\b(?:__require|require|import)\("([^"]+)"\)/g)].map((match) => match[1]);
      expect(imports.length).toBeGreaterThan(0);
      expect(imports.filter((source) => !source.startsWith('node:') && !['process', 'buffer'].includes(source))).toEqual([]);
    }
  });
});
