import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ExerciseDefinitionError, graders, loadExercises } from '../../../src/features/exercises/index.ts';
import { exercises, readExerciseTexts } from '../../../src/features/exercises/registry.node.ts';

const texts = readExerciseTexts();

describe('exercise definitions', () => {
  it('has one exercise per YAML file, each with graders for exactly its requirements', () => {
    expect(exercises).toHaveLength(Object.keys(texts).length);
    for (const exercise of exercises) expect(Object.keys(graders[exercise.id].requirements).sort()).toEqual(exercise.requirements.map((r) => r.id).sort());
  });

  it('gives every text in English and Brazilian Portuguese', () => {
    for (const exercise of exercises) {
      const localized = [exercise.title, exercise.task, exercise.explanation, ...exercise.hints, ...exercise.requirements.map((r) => r.text)];
      for (const text of localized) {
        expect(text.en.trim()).not.toBe('');
        expect(text['pt-BR'].trim()).not.toBe('');
        // A hint that is only a line of code reads the same in both languages.
        if (!/^`[^`]+`$/.test(text.en.trim())) expect(text['pt-BR']).not.toBe(text.en);
      }
    }
  });

  it('has exactly three hints per exercise, positive weights and yaml only for the probes exercise', () => {
    for (const exercise of exercises) {
      expect(exercise.hints).toHaveLength(3);
      for (const requirement of exercise.requirements) expect(requirement.weight).toBeGreaterThan(0);
      expect(exercise.language).toBe(exercise.id === 'kubernetes-probes' ? 'yaml' : 'dockerfile');
    }
  });
});

describe('loadExercises validation', () => {
  const [file, text] = Object.entries(texts).find(([path]) => path.endsWith('pin-base-image.yaml'))!;
  const base = parse(text) as Record<string, unknown>;
  const broken = (change: (data: Record<string, unknown>) => void) => {
    const data = structuredClone(base);
    change(data);
    return { [file]: stringify(data) };
  };
  const problems = (input: Record<string, string>) => {
    try {
      loadExercises(input, graders);
    } catch (error) {
      expect(error).toBeInstanceOf(ExerciseDefinitionError);
      return (error as ExerciseDefinitionError).problems;
    }
    return [];
  };

  it('loads the real definitions', () => expect(problems(texts)).toEqual([]));

  it('names the file and the field of a missing language', () => {
    expect(problems(broken((data) => delete data.language))).toEqual([`${file}: field "language": missing (dockerfile or yaml)`]);
  });

  it('names a missing translation', () => {
    expect(problems(broken((data) => delete (data.title as Record<string, string>)['pt-BR']))).toEqual([`${file}: field "title.pt-BR": missing or empty`]);
  });

  it('wants exactly three hints', () => {
    expect(problems(broken((data) => (data.hints as unknown[]).pop()))[0]).toMatch(new RegExp(`^${file}: field "hints": expected exactly 3 hints`));
  });

  it('wants a lesson slug, and leaves which lessons exist to the course (lessons.test.ts)', () => {
    expect(problems(broken((data) => (data.lesson = 'Dockerfile Practices')))).toEqual([`${file}: field "lesson": "Dockerfile Practices" must be a lesson slug (kebab-case)`]);
    expect(problems(broken((data) => (data.lesson = 'a-lesson-written-tomorrow')))).toEqual([]);
  });

  it('rejects weights that are not positive numbers', () => {
    expect(problems(broken((data) => ((data.requirements as Record<string, unknown>[])[0].weight = 'heavy')))).toContain(`${file}: field "requirements[0].weight": expected a positive number`);
  });

  it('matches requirement ids with grader keys both ways', () => {
    const found = problems(broken((data) => ((data.requirements as Record<string, unknown>[])[0].id = 'tags-everywhere')));
    expect(found).toContain(`${file}: field "requirements": "tags-everywhere" has no grader in src/features/exercises/graders/pin-base-image.ts`);
    expect(found).toContain(`${file}: field "requirements": the grader checks "every-base-tagged", which the definition does not list`);
  });

  it('reports an id that does not match the file, and YAML that does not parse', () => {
    expect(problems(broken((data) => (data.id = 'pin-base')))[0]).toContain(`${file}: field "id": "pin-base" must match the file name`);
    expect(problems({ 'content/exercises/x.yaml': 'id: [' })[0]).toMatch(/^content\/exercises\/x\.yaml: not valid YAML/);
  });
});
