// dfcheck --exercise / --list-exercises: grades answers to the course's exercises. Node APIs stay here and in the node registry.
import type { Lang } from '../checker/index.ts';
import { gradeExercise, graders, type ExerciseDefinition, type GradeResult } from '../features/exercises/index.ts';
import { maxSizeProblem } from './args.ts';
import { DEFAULT_MAX_BYTES, parseByteSize } from './byte-size.ts';
import { readTexts } from './read-texts.ts';
import { escapeControls, printError, safeJson } from './terminal-safe.ts';
import { byteHex } from './utf8.ts';

type Format = 'text' | 'json';

interface ExerciseOptions {
  exercise: string | null;
  list: boolean;
  format: Format;
  lang: Lang;
  maxBytes: number;
  help: boolean;
  files: string[];
}

export const EXERCISE_USAGE = `Usage: dfcheck --exercise ID [--format text|json] [--lang en|pt-BR] [--max-size SIZE] FILE... | -
       dfcheck --list-exercises [--format text|json] [--lang en|pt-BR]

Grades answers to the exercises of "Containers, the right way".

Exit status: 0 every file passed, 1 a requirement failed, 2 usage error or unreadable file.
`;

/** Whether the command line asks for exercise grading rather than the checker. */
export function isExerciseInvocation(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--exercise' || arg.startsWith('--exercise=') || arg === '--list-exercises');
}

function parseExerciseArgs(argv: readonly string[]): { options: ExerciseOptions; errors: string[] } {
  const options: ExerciseOptions = { exercise: null, list: false, format: 'text', lang: 'en', maxBytes: DEFAULT_MAX_BYTES, help: false, files: [] };
  const errors: string[] = [];
  const values: Record<string, { allowed: readonly string[]; problem?: (value: string) => string | null; apply: (value: string) => void }> = {
    '--exercise': { allowed: [], apply: (value) => (options.exercise = value) },
    '--format': { allowed: ['text', 'json'], apply: (value) => (options.format = value as Format) },
    '--lang': { allowed: ['en', 'pt-BR'], apply: (value) => (options.lang = value as Lang) },
    '--max-size': { allowed: [], problem: maxSizeProblem, apply: (value) => (options.maxBytes = parseByteSize(value) ?? DEFAULT_MAX_BYTES) },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--list-exercises') options.list = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--') && (arg.split('=')[0] in values)) {
      const name = arg.split('=')[0];
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const spec = values[name];
      if (value === undefined || value === '') errors.push(`${name} needs a value`);
      else if (spec.allowed.length > 0 && !spec.allowed.includes(value)) errors.push(`${name} must be one of: ${spec.allowed.join(', ')} (got "${value}")`);
      else if (spec.problem?.(value)) errors.push(spec.problem(value) as string);
      else spec.apply(value);
    } else if (arg.startsWith('-') && arg !== '-') errors.push(`unknown option ${arg} with --exercise`);
    else options.files.push(arg);
  }
  if (options.help) return { options, errors };
  if (options.list && options.exercise) errors.push('use either --exercise or --list-exercises');
  else if (options.list && options.files.length > 0) errors.push('--list-exercises takes no files');
  else if (!options.list && options.files.length === 0) errors.push('no file given (use - to read standard input)');
  return { options, errors };
}

/** Runs `dfcheck --exercise …` or `dfcheck --list-exercises`; returns the exit status. */
export async function runExerciseCommand(argv: readonly string[]): Promise<number> {
  const { options, errors } = parseExerciseArgs(argv);
  if (options.help) {
    process.stdout.write(EXERCISE_USAGE);
    return 0;
  }
  if (errors.length > 0) return usageError(errors);

  let exercises: ExerciseDefinition[];
  try {
    ({ exercises } = await import('../features/exercises/registry.node.ts'));
  } catch (error) {
    printError((error as Error).message);
    return 2;
  }

  if (options.list) {
    process.stdout.write(options.format === 'json' ? safeJson(listJson(exercises, options.lang)) : listText(exercises, options.lang));
    return 0;
  }

  const exercise = exercises.find((candidate) => candidate.id === options.exercise);
  if (!exercise) return usageError([`unknown exercise "${options.exercise}"; valid ids: ${exercises.map((candidate) => candidate.id).join(', ')}`]);

  const { texts, unreadable } = await readTexts(options.files, options.maxBytes, printError);
  const results: { file: string; result: GradeResult }[] = texts.map(({ file, text, invalid }) => {
    // Graded all the same, like the checker does; the note goes to stderr so the report format stays as documented.
    if (invalid) printError(`${file}:${invalid.line}:${invalid.column}: not valid UTF-8 (byte ${byteHex(invalid.byte)}); graded with U+FFFD in place of invalid bytes`);
    return { file, result: gradeExercise(exercise, graders[exercise.id], { text }, options.lang) };
  });

  if (options.format === 'json') {
    const many = options.files.length > 1;
    const output = many ? { results: results.map(({ file, result }) => ({ file, ...resultJson(result) })) } : results[0] ? resultJson(results[0].result) : { results: [] };
    process.stdout.write(safeJson(output));
  } else {
    process.stdout.write(results.map(({ file, result }) => resultText(exercise, result, options.lang, options.files.length > 1 ? file : null)).join('\n'));
  }
  if (unreadable) return 2;
  return results.every(({ result }) => result.passed) ? 0 : 1;
}

function usageError(errors: string[]): number {
  for (const error of errors) printError(error);
  process.stderr.write('Run dfcheck --exercise ID --help for usage.\n');
  return 2;
}

function resultJson(result: GradeResult) {
  return {
    exercise: result.exercise,
    passed: result.passed,
    score: result.score,
    requirements: result.requirements.map(({ id, passed, message }) => ({ id, passed, message })),
  };
}

const WORDS: Record<Lang, { score: string; passed: string; notYet: string }> = {
  en: { score: 'Score', passed: 'passed', notYet: 'not passed yet' },
  'pt-BR': { score: 'Nota', passed: 'aprovado', notYet: 'ainda não aprovado' },
};

function resultText(exercise: ExerciseDefinition, result: GradeResult, lang: Lang, file: string | null): string {
  const lines = [`${file ? `${file}: ` : ''}${exercise.id} — ${exercise.title[lang]}`];
  for (const requirement of result.requirements) lines.push(`  ${requirement.passed ? '✔' : '✘'} ${requirement.id}: ${requirement.message}`);
  lines.push(`${WORDS[lang].score}: ${result.score}/100 (${result.passed ? WORDS[lang].passed : WORDS[lang].notYet})`);
  // Each entry is one line: the file name and the graders' messages may quote the learner's text.
  return `${lines.map(escapeControls).join('\n')}\n`;
}

function listJson(exercises: ExerciseDefinition[], lang: Lang) {
  return {
    exercises: exercises.map((exercise) => ({
      id: exercise.id,
      title: exercise.title[lang],
      requirements: exercise.requirements.map((requirement) => ({ id: requirement.id, text: requirement.text[lang] })),
    })),
  };
}

function listText(exercises: ExerciseDefinition[], lang: Lang): string {
  return exercises
    .map((exercise) => [`${exercise.id} — ${exercise.title[lang]}`, ...exercise.requirements.map((requirement) => `  - ${requirement.id}: ${requirement.text[lang]}`)].map(escapeControls).join('\n'))
    .join('\n\n')
    .concat('\n');
}
