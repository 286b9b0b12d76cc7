// Shared by the exercise tests: grade a text and say which requirements failed.
import { expect, it } from 'vitest';
import { gradeExercise, graders, type ExerciseDefinition, type GradeResult } from '../../../src/features/exercises/index.ts';
import { exerciseById } from '../../../src/features/exercises/registry.node.ts';

export function definition(id: string): ExerciseDefinition {
  const found = exerciseById(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
}

export function grade(id: string, text: string, lang: 'en' | 'pt-BR' = 'en'): GradeResult {
  return gradeExercise(definition(id), graders[id], { text }, lang);
}

/** Every requirement passes (the failing ones are listed with their messages when not). */
export function expectAccepted(id: string, text: string): void {
  const result = grade(id, text);
  expect(result.requirements.filter((requirement) => !requirement.passed).map((requirement) => `${requirement.id}: ${requirement.message}`)).toEqual([]);
  expect(result.score).toBe(100);
  expect(result.passed).toBe(true);
}

/** Exactly these requirements fail, each with a reason; the others pass. */
export function expectRejected(id: string, text: string, failing: string[]): GradeResult {
  const result = grade(id, text);
  const failed = result.requirements.filter((requirement) => !requirement.passed);
  expect(failed.map((requirement) => requirement.id).sort()).toEqual([...failing].sort());
  for (const requirement of failed) expect(requirement.message.length).toBeGreaterThan(10);
  expect(result.passed).toBe(false);
  expect(result.score).toBeLessThan(100);
  return result;
}

/** Realistic learner answers: every accepted one scores 100, every rejected one fails exactly the listed requirements. */
export interface AnswerTable {
  accepted: [name: string, text: string][];
  rejected: [name: string, text: string, failing: string[]][];
}

/** One test per row of an answer table (the ESLint RuleTester shape: valid and invalid cases). */
export function answerTable(id: string, table: AnswerTable): void {
  it.each(table.accepted)('accepts %s', (_, text) => expectAccepted(id, text));
  it.each(table.rejected)('rejects %s', (_, text, failing) => {
    expectRejected(id, text, failing);
  });
}
