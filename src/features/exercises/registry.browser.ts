/// <reference types="vite/client" />
// The exercise definitions in the browser: Vite inlines every YAML file's text at build time.
import { graders } from './graders/index.ts';
import { loadExercises } from './load.ts';
import type { ExerciseDefinition } from './types.ts';

const texts = import.meta.glob<string>('../../../content/exercises/*.yaml', { query: '?raw', import: 'default', eager: true });

export const exercises: ExerciseDefinition[] = loadExercises(
  Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.replace(/^(?:\.\.\/)+/, ''), text])),
  graders,
);

export function exerciseById(id: string): ExerciseDefinition | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
