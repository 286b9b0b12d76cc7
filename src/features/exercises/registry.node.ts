// The exercise definitions under Node (CLI, tests): read from content/exercises/ once, at import.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graders } from './graders/index.ts';
import { loadExercises } from './load.ts';
import type { ExerciseDefinition } from './types.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const EXERCISES_DIR = join(root, 'content', 'exercises');

/** The YAML texts of a folder, keyed by their path from the repository root (`content/exercises/<id>.yaml`). */
export function readExerciseTexts(dir: string = EXERCISES_DIR): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const path = join(dir, name);
    texts[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return texts;
}

export const exercises: ExerciseDefinition[] = loadExercises(readExerciseTexts(), graders);

export function exerciseById(id: string): ExerciseDefinition | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
