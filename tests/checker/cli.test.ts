import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../src/cli/dfcheck.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dfcheck-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const clean = write('Dockerfile.clean', 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 10001\nHEALTHCHECK CMD ["/bin/true"]\nCMD ["sleep", "1"]\n');
const dirty = write('Dockerfile.dirty', 'FROM node\nRUN apt-get install curl\n');
const infoOnly = write('Dockerfile.info', 'FROM debian:12.8\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["sleep", "1"]\n');
const config = write('hadolint.yaml', 'ignored:\n  - DL3006\n  - apt-assume-yes\nfailure-threshold: error\n');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [script, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dfcheck CLI', () => {
  it('exits 0 for a clean file and 1 when a warning is found', () => {
    expect(run([clean]).code).toBe(0);
    const dirtyRun = run([dirty]);
    expect(dirtyRun.code).toBe(1);
    expect(dirtyRun.stdout).toContain(`${dirty}:1:6 warning pin-base-image-tag `);
    expect(dirtyRun.stdout).not.toContain('\x1b[');
  });

  it('honours --fail-on', () => {
    expect(run(['--fail-on', 'error', dirty]).code).toBe(0);
    expect(run(['--fail-on=info', infoOnly]).code).toBe(1);
    expect(run(['--fail-on', 'none', dirty]).code).toBe(0);
  });

  it('prints JSON with every file', () => {
    const result = run(['--format', 'json', clean, dirty]);
    const json = JSON.parse(result.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([clean, dirty]);
    expect(json.files[1].findings.find((f: { rule: string }) => f.rule === 'pin-base-image-tag')).toMatchObject({ rule: 'pin-base-image-tag', line: 1, column: 6, severity: 'warning', docsUrl: '/en/rules/pin-base-image-tag/' });
  });

  it('prints SARIF 2.1.0', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', dirty]).stdout);
    expect(sarif.version).toBe('2.1.0');
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.find((r: { id: string }) => r.id === 'pin-base-image-tag').helpUri).toMatch(/\/en\/rules\/pin-base-image-tag\/$/);
    const first = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'pin-base-image-tag');
    expect(first).toMatchObject({ ruleId: 'pin-base-image-tag', level: 'warning' });
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 6, endLine: 1, endColumn: 10 });
  });

  it('reads standard input with -', () => {
    const result = run(['--format', 'json', '-'], 'FROM ubuntu:latest\n');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].file).toBe('-');
  });

  it('reports an unreadable file, still checks the others, and exits 2', () => {
    const result = run([join(dir, 'missing'), dirty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read');
    expect(result.stdout).toContain('pin-base-image-tag');
  });

  it('exits 2 on usage errors and prints help', () => {
    expect(run(['--format', 'xml', clean]).code).toBe(2);
    expect(run([]).code).toBe(2);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dfcheck');
  });

  it('applies a config file and switches language', () => {
    const result = run(['--config', config, '--lang', 'pt-BR', dirty]);
    expect(result.stdout).not.toContain('pin-base-image-tag');
    expect(result.stdout).not.toContain('apt-assume-yes');
    expect(result.stdout).toContain('non-root-user O estágio final nunca define USER');
    expect(result.code).toBe(0);
  });
});
