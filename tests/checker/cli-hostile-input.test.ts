// dfcheck on input nobody should trust: FIFOs, devices, folders, huge files, bad encodings, terminal escapes.
import { execFileSync, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../src/cli/dfcheck.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dfcheck-hostile-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const dirty = write('Dockerfile.dirty', 'FROM node\nRUN apt-get install curl\n');

function run(args: string[], options: { input?: string | Buffer; stdio?: StdioOptions } = {}) {
  // The timeout turns a hang (a FIFO waiting for a writer, /dev/zero read forever) into a failure, not a stuck suite.
  const result = spawnSync(process.execPath, [script, ...args], { ...options, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

describe('dfcheck refuses what is not a regular file, and checks the rest', () => {
  it('refuses a FIFO at once (no writer ever comes)', () => {
    const fifo = join(dir, 'Dockerfile.fifo');
    execFileSync('mkfifo', [fifo]);
    const result = run([fifo, dirty]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot check ${fifo}: it is a named pipe (FIFO)`);
    expect(result.stdout).toContain(`${dirty}:1:6 warning pin-base-image-tag`);
  });

  it('refuses a character device without reading it', () => {
    const result = run(['/dev/zero', dirty]);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot check /dev/zero: it is a character device');
    expect(result.stdout).toContain('pin-base-image-tag');
  });

  it('refuses a directory', () => {
    const result = run([dir, dirty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot check ${dir}: it is a directory`);
    expect(result.stdout).toContain('pin-base-image-tag');
  });
});

describe('dfcheck --max-size', () => {
  const big = write('Dockerfile.big', `FROM alpine:3.20\n${'# padding\n'.repeat(300_000)}`);

  it('refuses a file over the default 2 MB and names the flag that raises it', () => {
    const result = run([big, dirty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot check ${big}: it is 2.9 MB (3000017 bytes), larger than the 2 MB (2097152 bytes) limit (raise it with --max-size)`);
    expect(result.stdout).toContain('pin-base-image-tag');
  });

  it('checks it when the limit is raised, and takes k and MB units', () => {
    expect(run(['--max-size', '4MB', '--format', 'json', big]).code).not.toBe(2);
    expect(run(['--max-size=512k', big]).stderr).toContain('the 512 KB (524288 bytes) limit');
    expect(run(['--max-size', '20', dirty]).stderr).toContain('it is 35 bytes, larger than the 20 bytes limit');
  });

  it('rejects a size it cannot read', () => {
    const result = run(['--max-size', 'lots', dirty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-size must be a size such as 4096, 512k or 2MB (got "lots")');
  });

  it('caps standard input too', () => {
    const result = run(['--max-size', '1k', '-'], { input: `FROM alpine:3.20\n${'# padding\n'.repeat(200)}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot check standard input: it is larger than the 1 KB (1024 bytes) limit');
  });

  it('stops reading standard input at the cap (dfcheck - < /dev/zero ends)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = run(['-'], { stdio: [zero, 'pipe', 'pipe'] });
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot check standard input');
    } finally {
      closeSync(zero);
    }
  });
});

describe('dfcheck on invalid UTF-8', () => {
  // "café" in Latin-1: 0xE9 alone is not UTF-8.
  const latin1 = write('Dockerfile.latin1', Buffer.concat([Buffer.from('FROM node\nRUN echo caf'), Buffer.from([0xe9]), Buffer.from('\n')]));

  it('still checks the file and reports the first invalid byte as a warning', () => {
    const result = run([latin1]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${latin1}:1:6 warning pin-base-image-tag`);
    expect(result.stdout).toContain(`${latin1}:2:13 warning invalid-utf8 Not valid UTF-8: byte 0xE9 (offset 22) starts an invalid sequence`);
  });

  it('speaks Portuguese with --lang pt-BR and shows in JSON and SARIF', () => {
    expect(run(['--lang', 'pt-BR', latin1]).stdout).toContain('invalid-utf8 Não é UTF-8 válido: o byte 0xE9 (posição 22)');
    const finding = JSON.parse(run(['--format', 'json', latin1]).stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'invalid-utf8');
    expect(finding).toMatchObject({ severity: 'warning', line: 2, column: 13 });
    const sarif = JSON.parse(run(['--format', 'sarif', latin1]).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'invalid-utf8');
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'invalid-utf8').locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 13 });
  });

  it('follows the exit threshold and the config like any warning', () => {
    const clean = write('Dockerfile.clean-latin1', Buffer.concat([Buffer.from('FROM alpine:3.20\nUSER 10001\nHEALTHCHECK CMD ["/bin/true"]\nLABEL note="caf'), Buffer.from([0xe9]), Buffer.from('"\nCMD ["sleep", "1"]\n')]));
    expect(run([clean]).code).toBe(1);
    expect(run(['--fail-on', 'error', clean]).code).toBe(0);
    const config = write('ignore-utf8.yaml', 'ignored:\n  - invalid-utf8\n');
    const ignored = run(['--config', config, clean]);
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).not.toContain('invalid-utf8');
  });
});

describe('dfcheck never lets control characters from a Dockerfile reach the terminal', () => {
  // An OSC sequence that retitles the terminal window, an 8-bit CSI (C1) and a right-to-left override.
  const osc = '\x1b]0;title\x07';
  const hostile = write('Dockerfile.escapes', `FROM evil${osc}image AS build\nCOPY --from=st\u009b31mage\u202e /a /b\nRUN echo ${osc}\n`);
  const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

  it('escapes them in text output', () => {
    const result = run([hostile]);
    expect(result.stdout + result.stderr).not.toMatch(raw);
    expect(result.stdout).toContain('The base image "evil\\x1b]0;title\\x07image" has no tag');
    expect(result.stdout).toContain('st\\x9b31mage\\u202e');
  });

  it('keeps JSON and SARIF valid, escaped, and the text intact once parsed', () => {
    for (const format of ['json', 'sarif']) {
      const result = run(['--format', format, hostile]);
      expect(result.stdout + result.stderr).not.toMatch(raw);
      const messages: string[] = format === 'json' ? JSON.parse(result.stdout).files[0].findings.map((f: { message: string }) => f.message) : JSON.parse(result.stdout).runs[0].results.map((r: { message: { text: string } }) => r.message.text);
      expect(messages.some((message) => message.includes(`evil${osc}image`))).toBe(true);
      expect(messages.some((message) => message.includes('st\u009b31mage\u202e'))).toBe(true);
    }
  });

  it('escapes them in file names, and a newline in a name cannot forge a line', () => {
    const named = write(`Dockerfile.${osc}\nfake:1:1 error`, 'FROM node\n');
    const text = run([named]);
    expect(text.stdout).not.toMatch(raw);
    expect(text.stdout.split('\n').filter(Boolean).every((line) => line.startsWith(`${dir}/Dockerfile.\\x1b]0;title\\x07\\x0afake:1:1 error:`))).toBe(true);
    const missing = run([join(dir, `missing${osc}`)]);
    expect(missing.stderr).toContain('missing\\x1b]0;title\\x07: ENOENT');
    expect(missing.stderr).not.toMatch(raw);
    const sarif = JSON.parse(run(['--format', 'sarif', named]).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toContain('Dockerfile.%1B%5D0;title%07%0Afake:1:1%20error');
  });

  it('escapes them in exercise grading, text and JSON', () => {
    const answer = write('answer.Dockerfile', `FROM node${osc}:latest\n`);
    const text = run(['--exercise', 'pin-base-image', answer]);
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).not.toMatch(raw);
    expect(text.stdout).toContain('FROM node\\x1b]0;title\\x07:latest');
    const json = run(['--exercise', 'pin-base-image', '--format', 'json', answer]);
    expect(json.stdout).not.toMatch(raw);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('node\\u001b]0;title\\u0007:latest');
  });
});
