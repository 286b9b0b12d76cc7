#!/usr/bin/env node
// dfcheck: checks Dockerfiles from the command line. Node APIs live here, never in src/checker.
import { readFileSync } from 'node:fs';
import { checkDockerfile, parseConfig, SEVERITY_RANK, type CheckerConfig, type FailureThreshold } from '../checker/index.ts';
import { parseArgs, USAGE } from './args.ts';
import { isExerciseInvocation, runExerciseCommand } from './exercise-commands.ts';
import type { FileResult } from './formats/file-result.ts';
import { formatJson } from './formats/json.ts';
import { formatSarif } from './formats/sarif.ts';
import { formatText } from './formats/text.ts';

function main(argv: string[]): number {
  const { options, errors } = parseArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (errors.length > 0) {
    for (const error of errors) process.stderr.write(`dfcheck: ${error}\n`);
    process.stderr.write('Run dfcheck --help for usage.\n');
    return 2;
  }

  let config: CheckerConfig = {};
  if (options.configPath) {
    try {
      const parsed = parseConfig(readFileSync(options.configPath, 'utf8'));
      for (const problem of parsed.problems) process.stderr.write(`dfcheck: ${options.configPath}:${problem.line}: ${problem.message}\n`);
      config = parsed;
    } catch (error) {
      process.stderr.write(`dfcheck: cannot read config ${options.configPath}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const threshold: FailureThreshold = options.failOnGiven ? options.failOn : (config.failureThreshold ?? options.failOn);

  let unreadable = false;
  const results: FileResult[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      process.stderr.write(`dfcheck: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    results.push({ file, findings: checkDockerfile(text, { lang: options.lang, config, fileName: file }) });
  }

  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = options.format === 'json' ? formatJson(results) : options.format === 'sarif' ? formatSarif(results, options.lang) : formatText(results, colour);
  process.stdout.write(output);

  if (unreadable) return 2;
  if (threshold === 'none') return 0;
  const failing = results.some(({ findings }) => findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]));
  return failing ? 1 : 0;
}

const argv = process.argv.slice(2);
process.exitCode = isExerciseInvocation(argv) ? await runExerciseCommand(argv) : main(argv);
