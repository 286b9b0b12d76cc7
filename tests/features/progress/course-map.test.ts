import { describe, expect, it } from 'vitest';
import { exerciseIdsIn, quizIdsIn } from '../../../src/features/progress/course-map.ts';

describe('course map', () => {
  const mdx = `Intro\n\n<Quiz\n  id="namespaces"\n  questions={[]}\n/>\n\n<Exercise id="pin-base-image" />\n<Exercise id='lean-layers' />\n`;
  it('finds quiz and exercise ids in the order a lesson declares them', () => {
    expect(quizIdsIn(mdx)).toEqual(['namespaces']);
    expect(exerciseIdsIn(mdx)).toEqual(['pin-base-image', 'lean-layers']);
  });
});
