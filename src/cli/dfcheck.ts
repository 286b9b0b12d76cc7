#!/usr/bin/env node
// dfcheck: checks Dockerfiles from the command line. Node APIs live here, never in src/checker.
import { readFileSync } from 'node:fs';
import { checkDockerfile, parseConfig, SEVERITY_RANK, type CheckerConfig, type FailureThreshold, type Finding } from '../checker/index.ts';
import { parseArgs, USAGE } from './args.ts';
import { isExerciseInvocation, runExerciseCommand } from './exercise-commands.ts';
import type { FileResult } from './formats/file-result.ts';
import { formatJson } from './formats/json.ts';
import { formatSarif } from './formats/sarif.ts';
import { formatText } from './formats/text.ts';
import { invalidUtf8Finding } from './invalid-utf8.ts';
import { readTexts } from './read-texts.ts';
import { printError } from './terminal-safe.ts';

async function main(argv: string[]): Promise<number> {
  const { options, errors } = parseArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (errors.length > 0) {
    for (const error of errors) printError(error);
    process.stderr.write('Run dfcheck --help for usage.\n');
    return 2;
  }

  let config: CheckerConfig = {};
  if (options.configPath) {
    try {
      const parsed = parseConfig(readFileSync(options.configPath, 'utf8'));
      for (const problem of parsed.problems) printError(`${options.configPath}:${problem.line}: ${problem.message}`);
      config = parsed;
    } catch (error) {
      printError(`cannot read config ${options.configPath}: ${(error as Error).message}`);
      return 2;
    }
  }
  const threshold: FailureThreshold = options.failOnGiven ? options.failOn : (config.failureThreshold ?? options.failOn);

  const { texts, unreadable } = await readTexts(options.files, options.maxBytes, printError);
  const results: FileResult[] = texts.map(({ file, text, invalid }) => {
    const findings = checkDockerfile(text, { lang: options.lang, config, fileName: file });
    const encodingFinding = invalid && invalidUtf8Finding(invalid, options.lang, config);
    return { file, findings: encodingFinding ? withFinding(findings, encodingFinding) : findings };
  });

  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = options.format === 'json' ? formatJson(results) : options.format === 'sarif' ? formatSarif(results, options.lang) : formatText(results, colour);
  process.stdout.write(output);

  if (unreadable) return 2;
  if (threshold === 'none') return 0;
  const failing = results.some(({ findings }) => findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]));
  return failing ? 1 : 0;
}

/** Keeps the checker's order: by line, then column. */
function withFinding(findings: Finding[], finding: Finding): Finding[] {
  return [...findings, finding].sort((a, b) => a.line - b.line || a.column - b.column);
}

const argv = process.argv.slice(2);
process.exitCode = isExerciseInvocation(argv) ? await runExerciseCommand(argv) : await main(argv);
