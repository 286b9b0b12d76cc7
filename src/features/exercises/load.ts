import { parse } from 'yaml';
import type { ExerciseDefinition, ExerciseGraders, Localized } from './types.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thrown with every problem found, each naming the file and the field. */
export class ExerciseDefinitionError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid exercise definitions:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ExerciseDefinitionError';
    this.problems = problems;
  }
}

/**
 * Parses and validates exercise definitions from their YAML texts, keyed by file name
 * (`content/exercises/pin-base-image.yaml`). `graders` maps an exercise id to its graders: every requirement
 * needs one. Returns the definitions sorted by file name; throws ExerciseDefinitionError listing every problem.
 */
export function loadExercises(texts: Record<string, string>, graders: Record<string, ExerciseGraders>): ExerciseDefinition[] {
  const problems: string[] = [];
  const definitions: ExerciseDefinition[] = [];
  const seen = new Map<string, string>();
  for (const file of Object.keys(texts).sort()) {
    let fileProblems = 0;
    const report = (field: string, problem: string) => {
      fileProblems++;
      problems.push(`${file}: field "${field}": ${problem}`);
    };
    let data: unknown;
    try {
      data = parse(texts[file]);
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const definition = validate(data, file, report, graders);
    if (!definition || fileProblems > 0) continue;
    const other = seen.get(definition.id);
    if (other) report('id', `"${definition.id}" is also the id of ${other}`);
    seen.set(definition.id, file);
    definitions.push(definition);
  }
  if (problems.length > 0) throw new ExerciseDefinitionError(problems);
  return definitions;
}

type Reporter = (field: string, problem: string) => void;

function validate(data: unknown, file: string, report: Reporter, graders: Record<string, ExerciseGraders>): ExerciseDefinition | null {
  if (!isRecord(data)) {
    report('(root)', 'expected a mapping of fields');
    return null;
  }
  const id = text(data, 'id', report);
  const stem = baseName(file).replace(/\.ya?ml$/, '');
  if (id !== null && !ID.test(id)) report('id', `"${id}" must be kebab-case`);
  if (id !== null && id !== stem) report('id', `"${id}" must match the file name "${stem}"`);
  const lesson = text(data, 'lesson', report);
  // Which lessons exist is the course's business: tests/features/exercises/lessons.test.ts checks the slug against it.
  if (lesson !== null && !ID.test(lesson)) report('lesson', `"${lesson}" must be a lesson slug (kebab-case)`);
  const language = data.language;
  if (language === undefined) report('language', 'missing (dockerfile or yaml)');
  else if (language !== 'dockerfile' && language !== 'yaml') report('language', `"${String(language)}" must be dockerfile or yaml`);
  const title = localizedField(data.title, 'title', report);
  const task = localizedField(data.task, 'task', report);
  const explanation = localizedField(data.explanation, 'explanation', report);
  const starter = text(data, 'starter', report, true);
  const solution = text(data, 'solution', report);

  const files: ExerciseDefinition['files'] = [];
  if (data.files !== undefined && !Array.isArray(data.files)) report('files', 'expected a list');
  for (const [index, entry] of (Array.isArray(data.files) ? data.files : []).entries()) {
    if (typeof entry === 'string') files.push({ name: entry });
    else if (isRecord(entry) && typeof entry.name === 'string') files.push(typeof entry.contents === 'string' ? { name: entry.name, contents: entry.contents } : { name: entry.name });
    else report(`files[${index}]`, 'expected a file name or { name, contents }');
  }

  const requirements: ExerciseDefinition['requirements'] = [];
  if (!Array.isArray(data.requirements) || data.requirements.length === 0) report('requirements', 'expected a non-empty list');
  for (const [index, entry] of (Array.isArray(data.requirements) ? data.requirements : []).entries()) {
    const field = `requirements[${index}]`;
    if (!isRecord(entry)) {
      report(field, 'expected { id, weight, text }');
      continue;
    }
    const requirementId = typeof entry.id === 'string' && ID.test(entry.id) ? entry.id : null;
    if (requirementId === null) report(`${field}.id`, 'missing or not kebab-case');
    else if (requirements.some((requirement) => requirement.id === requirementId)) report(`${field}.id`, `"${requirementId}" is listed twice`);
    const weight = entry.weight;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) report(`${field}.weight`, 'expected a positive number');
    const requirementText = localizedField(entry.text, `${field}.text`, report);
    if (requirementId && typeof weight === 'number' && requirementText) requirements.push({ id: requirementId, weight, text: requirementText });
  }

  const hints: Localized[] = [];
  if (!Array.isArray(data.hints) || data.hints.length !== 3) report('hints', `expected exactly 3 hints (a nudge, the concept, the exact line), got ${Array.isArray(data.hints) ? data.hints.length : 'none'}`);
  for (const [index, entry] of (Array.isArray(data.hints) ? data.hints : []).entries()) {
    const hint = localizedField(entry, `hints[${index}]`, report);
    if (hint) hints.push(hint);
  }

  if (id !== null && (language === 'dockerfile' || language === 'yaml')) {
    const exerciseGraders = graders[id];
    if (!exerciseGraders) report('id', `no graders for "${id}" in src/features/exercises/graders/index.ts`);
    else {
      if (exerciseGraders.language !== language) report('language', `"${language}" but its graders grade ${exerciseGraders.language}`);
      const graded = Object.keys(exerciseGraders.requirements);
      for (const requirement of requirements) if (!graded.includes(requirement.id)) report('requirements', `"${requirement.id}" has no grader in src/features/exercises/graders/${id}.ts`);
      for (const key of graded) if (!requirements.some((requirement) => requirement.id === key)) report('requirements', `the grader checks "${key}", which the definition does not list`);
    }
  }

  if (id === null || lesson === null || !title || !task || !explanation || starter === null || solution === null) return null;
  return { id, lesson, language: language as ExerciseDefinition['language'], title, task, files, starter, requirements, hints: hints as ExerciseDefinition['hints'], solution, explanation };
}

function text(data: Record<string, unknown>, field: string, report: Reporter, allowEmpty = false): string | null {
  const value = data[field];
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
    report(field, value === undefined ? 'missing' : 'expected a non-empty string');
    return null;
  }
  return value;
}

function localizedField(value: unknown, field: string, report: Reporter): Localized | null {
  if (!isRecord(value)) {
    report(field, value === undefined ? 'missing (needs en and pt-BR)' : 'expected { en, pt-BR }');
    return null;
  }
  let ok = true;
  for (const lang of ['en', 'pt-BR'] as const) {
    if (typeof value[lang] !== 'string' || (value[lang] as string).trim() === '') {
        report(`${field}.${lang}`, 'missing or empty');
      ok = false;
    }
  }
  return ok ? { en: value.en as string, 'pt-BR': value['pt-BR'] as string } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
