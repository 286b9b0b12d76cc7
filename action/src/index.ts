// The GitHub Action (action.yml): runs the bundled dfcheck next to this file on the workflow's Dockerfiles and
// writes its report (SARIF by default, for github/codeql-action/upload-sarif). Needs no network.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, globSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from './inputs.ts';

const DFCHECK = fileURLToPath(new URL('./dfcheck.js', import.meta.url));
const GLOB = /[*?[{]/;
const SKIPPED_FOLDERS = /(^|\/)(node_modules|\.git)$/;

function main(): number {
  const { patterns, outputFile, options } = readInputs(process.env);
  const files = new Set<string>();
  for (const pattern of patterns) {
    // A plain path goes to dfcheck as written, so a missing file is reported by name.
    const matches = GLOB.test(pattern) ? globSync(pattern, { exclude: (path) => SKIPPED_FOLDERS.test(String(path)) }).sort() : [pattern];
    if (matches.length === 0) {
      console.log(`::error title=dfcheck::no file matches ${pattern.replaceAll('%', '%25')}`);
      return 2;
    }
    for (const match of matches) files.add(match);
  }

  mkdirSync(dirname(outputFile), { recursive: true });
  const output = openSync(outputFile, 'w');
  const report = spawnSync(process.execPath, [DFCHECK, ...options, '--', ...files], { stdio: ['ignore', output, 'inherit'] });
  closeSync(output);
  // The same findings as text in the job's log, for whoever reads it there.
  spawnSync(process.execPath, [DFCHECK, ...options, '--format', 'text', '--fail-on', 'none', '--', ...files], { stdio: ['ignore', 'inherit', 'ignore'] });

  const status = report.status ?? 2;
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `output-file=${outputFile}\nexit-code=${status}\n`);
  console.log(`dfcheck: checked ${files.size} file(s), wrote ${outputFile}, exit status ${status}`);
  if (status === 1) console.log('::error title=dfcheck::findings at or above the failure threshold');
  return status;
}

process.exitCode = main();
