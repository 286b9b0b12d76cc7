import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { definition } from './grading.ts';

const script = fileURLToPath(new URL('../../../src/cli/dfcheck.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dfcheck-exercise-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const solution = write('solution.Dockerfile', definition('go-static-scratch').solution);
const starter = write('starter.Dockerfile', definition('go-static-scratch').starter);
const probes = write('deployment.yaml', definition('kubernetes-probes').solution);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [script, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dfcheck --exercise', () => {
  it('prints a JSON result and exits 0 when every requirement passes', () => {
    const { code, stdout } = run(['--exercise', 'go-static-scratch', '--format', 'json', solution]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['exercise', 'passed', 'score', 'requirements']);
    expect(result).toMatchObject({ exercise: 'go-static-scratch', passed: true, score: 100 });
    expect(Object.keys(result.requirements[0])).toEqual(['id', 'passed', 'message']);
  });

  it('prints a checklist and exits 1 when a requirement fails, in Portuguese on request', () => {
    const { code, stdout } = run(['--exercise=go-static-scratch', '--lang', 'pt-BR', starter]);
    expect(code).toBe(1);
    expect(stdout).toContain('✘ multi-stage: O estágio final usa golang:1.27');
    expect(stdout).toContain('✔ ca-certificates');
    expect(stdout).toMatch(/Nota: \d+\/100 \(ainda não aprovado\)/);
  });

  it('grades YAML answers and standard input', () => {
    expect(run(['--exercise', 'kubernetes-probes', probes]).code).toBe(0);
    const fromStdin = run(['--exercise', 'kubernetes-probes', '--format', 'json', '-'], 'not: [valid\n');
    expect(fromStdin.code).toBe(1);
    expect(JSON.parse(fromStdin.stdout).score).toBe(0);
  });

  it('grades a folder of submissions, one result per file', () => {
    const { code, stdout } = run(['--exercise', 'go-static-scratch', '--format', 'json', solution, starter]);
    expect(code).toBe(1);
    const { results } = JSON.parse(stdout);
    expect(results.map((result: { file: string; passed: boolean }) => [result.file, result.passed])).toEqual([[solution, true], [starter, false]]);
    const text = run(['--exercise', 'go-static-scratch', solution, starter]).stdout;
    expect(text).toContain(`${solution}: go-static-scratch`);
    expect(text).toContain(`${starter}: go-static-scratch`);
  });

  it('exits 2 on usage errors, listing the valid ids for an unknown exercise', () => {
    const unknown = run(['--exercise', 'pin-everything', solution]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown exercise "pin-everything"; valid ids: ');
    expect(unknown.stderr).toContain('pin-base-image');
    expect(run(['--exercise', 'pin-base-image']).code).toBe(2);
    expect(run(['--exercise', 'pin-base-image', '--format', 'sarif', solution]).code).toBe(2);
    expect(run(['--exercise', 'pin-base-image', join(dir, 'missing.Dockerfile')]).code).toBe(2);
  });
});

describe('dfcheck --list-exercises', () => {
  it('lists every exercise with its requirements as JSON', () => {
    const { code, stdout } = run(['--list-exercises', '--format', 'json']);
    expect(code).toBe(0);
    const { exercises } = JSON.parse(stdout);
    expect(exercises).toHaveLength(readdirSync(fileURLToPath(new URL('../../../content/exercises/', import.meta.url))).filter((name) => name.endsWith('.yaml')).length);
    const pin = exercises.find((exercise: { id: string }) => exercise.id === 'pin-base-image');
    expect(pin.title).toBe('Pin the base images');
    expect(pin.requirements.map((requirement: { id: string }) => requirement.id)).toEqual(['every-base-tagged', 'no-latest', 'same-images']);
    expect(typeof pin.requirements[0].text).toBe('string');
  });

  it('lists them as text in Portuguese', () => {
    const { code, stdout } = run(['--list-exercises', '--lang', 'pt-BR']);
    expect(code).toBe(0);
    expect(stdout).toContain('pin-base-image — Fixe as imagens base');
  });

  it('leaves the checker mode untouched', () => {
    expect(run([solution, '--fail-on', 'none']).code).toBe(0);
  });
});
