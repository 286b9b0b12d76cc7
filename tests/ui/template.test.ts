import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/ui/template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, numbers included', () => {
    expect(fillTemplate('{correct} of {total} correct', { correct: 3, total: 4 })).toBe('3 of 4 correct');
  });
  it('keeps an unknown placeholder visible', () => {
    expect(fillTemplate('Lesson {n} of {total}', { n: 2 })).toBe('Lesson 2 of {total}');
  });
});
