import { describe, expect, it } from 'vitest';
import { exercises as browserExercises } from '../../../src/features/exercises/registry.browser.ts';
import { exercises as nodeExercises } from '../../../src/features/exercises/registry.node.ts';

describe('exercise registries', () => {
  it('load the same definitions through Vite (import.meta.glob) and through fs', () => {
    expect(browserExercises.map((exercise) => exercise.id)).toEqual(nodeExercises.map((exercise) => exercise.id));
    expect(browserExercises).toEqual(nodeExercises);
  });
});
