import { describe, expect, it } from 'vitest';
import { nextStatus } from '../../../src/features/progress/exercise-status.ts';

const noHelp = { hintsShown: 0, solutionShown: false };

describe('nextStatus', () => {
  it('starts an exercise only when the learner edited the starter', () => {
    expect(nextStatus('not-started', { passed: false, edited: false }, noHelp)).toBe('not-started');
    expect(nextStatus('not-started', { passed: false, edited: true }, noHelp)).toBe('in-progress');
  });

  it('passes, or passes with help when hints or the solution were shown', () => {
    expect(nextStatus('in-progress', { passed: true, edited: true }, noHelp)).toBe('passed');
    expect(nextStatus('in-progress', { passed: true, edited: true }, { hintsShown: 1, solutionShown: false })).toBe('passed-with-help');
    expect(nextStatus('not-started', { passed: true, edited: false }, { hintsShown: 0, solutionShown: true })).toBe('passed-with-help');
  });

  it('keeps a pass earned before the solution was shown', () => {
    expect(nextStatus('passed', undefined, { hintsShown: 0, solutionShown: true })).toBe('passed');
    expect(nextStatus('passed', { passed: true, edited: true }, { hintsShown: 2, solutionShown: true })).toBe('passed');
  });

  it('never moves a status down', () => {
    expect(nextStatus('passed-with-help', { passed: false, edited: true }, noHelp)).toBe('passed-with-help');
    expect(nextStatus('in-progress', 'not-started', noHelp)).toBe('in-progress');
    expect(nextStatus('passed-with-help', 'passed', noHelp)).toBe('passed');
  });
});
