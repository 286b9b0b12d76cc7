import { describe, expect, it } from 'vitest';
import { openProgressStore, STORAGE_KEY } from '../../../src/features/progress/index.ts';
import { FakeStorage, ticking } from './fake-storage.ts';

const open = (storage = new FakeStorage()) => ({ storage, store: openProgressStore(storage, { now: ticking() }) });

describe('progress store: saving and reading', () => {
  it('starts empty and persists every kind of record under one versioned key', () => {
    const { storage, store } = open();
    expect(store.getLesson('history')).toBeUndefined();
    expect(store.saveEditorText('ex-1:Dockerfile', 'FROM alpine:3.21\n')).toEqual({ ok: true });
    expect(store.updateExercise('ex-1', { status: 'in-progress' })).toEqual({ ok: true });
    expect(store.saveQuiz('namespaces', [0, null, 2], 1, 3, [true, false, false])).toEqual({ ok: true });
    expect(store.setLessonComplete('history', true)).toEqual({ ok: true });
    expect(store.markLabStep('lab-1', 'step-a')).toEqual({ ok: true });
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(2);
    expect(Object.keys(saved).sort()).toEqual(['editors', 'exercises', 'labs', 'lessons', 'quizzes', 'version', 'visits']);
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);

    const reopened = openProgressStore(storage);
    expect(reopened.getEditorText('ex-1:Dockerfile')).toBe('FROM alpine:3.21\n');
    expect(reopened.getExercise('ex-1')?.status).toBe('in-progress');
    expect(reopened.getQuiz('namespaces')).toMatchObject({ answers: [0, null, 2], correct: 1, total: 3 });
    expect(reopened.getLesson('history')?.completedAt).toMatch(/^2026-03-01T/);
    expect(reopened.getLab('lab-1')?.stepsDone).toEqual(['step-a']);
    expect(reopened.notices).toEqual([]);
  });

  it('hands out copies: changing a returned record changes nothing stored', () => {
    const { store } = open();
    store.saveQuiz('q', [1, 1, 1], 3, 3, [true, true, true]);
    store.getQuiz('q')!.answers[0] = 9;
    store.snapshot().quizzes.q.correct = 0;
    expect(store.getQuiz('q')).toMatchObject({ answers: [1, 1, 1], correct: 3 });
  });

  it('marks a lesson done once (keeping the first date) and undone', () => {
    const { store } = open();
    store.setLessonComplete('history', true);
    const first = store.getLesson('history')!.completedAt;
    store.setLessonComplete('history', true);
    expect(store.getLesson('history')!.completedAt).toBe(first);
    store.setLessonComplete('history', false);
    expect(store.getLesson('history')).toBeUndefined();
  });

  it('adds lab steps once each', () => {
    const { store } = open();
    store.markLabStep('lab', 'a');
    store.markLabStep('lab', 'b');
    store.markLabStep('lab', 'a');
    expect(store.getLab('lab')!.stepsDone).toEqual(['a', 'b']);
  });

  it('refuses malformed ids and impossible quiz results without touching storage', () => {
    const { storage, store } = open();
    expect(store.setLessonComplete('__proto__', true)).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.saveEditorText('../etc', 'x').ok).toBe(false);
    expect(store.saveQuiz('q', [0, 1], 5, 2, [true, true]).ok).toBe(false);
    expect(store.markLabStep('lab', 'constructor').ok).toBe(false);
    expect(storage.writes).toBe(0);
    expect(({} as Record<string, unknown>).completedAt).toBeUndefined();
  });

  it('clearAll empties everything', () => {
    const { storage, store } = open();
    store.setLessonComplete('history', true);
    store.saveQuiz('q', [0, 0, 0], 0, 3, [false, false, false]);
    expect(store.clearAll()).toEqual({ ok: true });
    expect(store.getLesson('history')).toBeUndefined();
    expect(openProgressStore(storage).snapshot().quizzes).toEqual({});
  });
});

describe('progress store: exercise status only moves forward', () => {
  it('never goes back from in-progress or passed', () => {
    const { store } = open();
    store.updateExercise('ex', { status: 'in-progress', score: 2 });
    store.updateExercise('ex', { status: 'not-started' });
    expect(store.getExercise('ex')!.status).toBe('in-progress');
    store.updateExercise('ex', { status: 'passed', score: 5 });
    store.updateExercise('ex', { status: 'in-progress', score: 1, hintsShown: 2 });
    expect(store.getExercise('ex')).toMatchObject({ status: 'passed', score: 5, hintsShown: 2 });
    store.updateExercise('ex', { status: 'passed-with-help' });
    expect(store.getExercise('ex')!.status).toBe('passed');
  });

  it('stores a pass with hints or the solution shown as passed-with-help', () => {
    const { store } = open();
    store.updateExercise('ex', { status: 'in-progress', hintsShown: 1 });
    store.updateExercise('ex', { status: 'passed' });
    expect(store.getExercise('ex')!.status).toBe('passed-with-help');
    store.updateExercise('other', { solutionShown: true, status: 'passed' });
    expect(store.getExercise('other')!.status).toBe('passed-with-help');
  });

  it('turns passed-with-help into passed only for an attempt from scratch', () => {
    const { store } = open();
    store.updateExercise('ex', { status: 'passed', hintsShown: 2 });
    store.updateExercise('ex', { status: 'passed' });
    expect(store.getExercise('ex')!.status).toBe('passed-with-help');
    store.updateExercise('ex', { status: 'passed', hintsShown: 0, solutionShown: false });
    expect(store.getExercise('ex')).toMatchObject({ status: 'passed', hintsShown: 0, solutionShown: false });
  });

  it('ignores wrong types in a patch', () => {
    const { store } = open();
    store.updateExercise('ex', { status: 'bogus' as never, score: '7' as never, hintsShown: -1, solutionShown: 'yes' as never });
    expect(store.getExercise('ex')).toMatchObject({ status: 'not-started', score: 0, hintsShown: 0, solutionShown: false });
  });
});
