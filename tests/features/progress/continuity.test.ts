// The continuity policy: a lesson done from its hands-on parts, where to continue, module counts, first attempts.
import { describe, expect, it } from 'vitest';
import { completesLesson, continueTarget, handsOnDone, type CourseLesson, type HandsOnParts } from '../../../src/features/progress/continuity.ts';
import { moduleCount } from '../../../src/features/progress/lesson-status.ts';
import { keepFirstAttempt, quizRetried } from '../../../src/features/progress/quiz-attempt.ts';
import { emptyDocument, type ProgressDocument } from '../../../src/features/progress/schema.ts';
import { openProgressStore } from '../../../src/features/progress/index.ts';
import { FakeStorage, ticking } from './fake-storage.ts';

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const quiz = (answers: (number | null)[], correct = 0) => ({ answers, correct, total: answers.length, first: { answers, correct }, updatedAt: at(0) });
const exercise = (status: 'in-progress' | 'passed' | 'passed-with-help') => ({ status, score: 100, hintsShown: 0, solutionShown: false, updatedAt: at(0) });
const parts: HandsOnParts = { quizzes: ['q'], exercises: ['ex'], labs: [{ id: 'lab', steps: ['one', 'two'] }] };

function finished(): ProgressDocument {
  const doc = emptyDocument();
  doc.quizzes.q = quiz([1, 0, 2]);
  doc.exercises.ex = exercise('passed-with-help');
  doc.labs.lab = { stepsDone: ['two', 'one', 'extra'], updatedAt: at(0) };
  return doc;
}

describe('a lesson is done when its hands-on parts are', () => {
  it('needs every quiz fully answered (right or wrong), every exercise passed (help counts) and every lab step done', () => {
    expect(handsOnDone(parts, finished())).toBe(true);
    const unanswered = finished();
    unanswered.quizzes.q = quiz([1, null, 2]);
    expect(handsOnDone(parts, unanswered)).toBe(false);
    const failing = finished();
    failing.exercises.ex = exercise('in-progress');
    expect(handsOnDone(parts, failing)).toBe(false);
    const halfLab = finished();
    halfLab.labs.lab = { stepsDone: ['one'], updatedAt: at(0) };
    expect(handsOnDone(parts, halfLab)).toBe(false);
  });

  it('a lesson without hands-on parts is never done by them (only by the learner)', () => {
    expect(handsOnDone({ quizzes: [], exercises: [], labs: [] }, finished())).toBe(false);
  });

  it('only the change that finishes the last part marks the lesson, so unticking a finished lesson sticks', () => {
    const before = finished();
    before.labs.lab = { stepsDone: ['one'], updatedAt: at(0) };
    expect(completesLesson('ns', parts, before, finished())).toBe(true);
    expect(completesLesson('ns', parts, finished(), finished())).toBe(false);
    const marked = finished();
    marked.lessons.ns = { completedAt: at(1) };
    expect(completesLesson('ns', parts, before, marked)).toBe(false);
  });
});

describe('continue where you left off', () => {
  const lessons: CourseLesson[] = ['a', 'b', 'c', 'd'].map((slug) => ({ slug, title: slug.toUpperCase(), href: `/en/${slug}/` }));

  it('shows nothing to a new visitor, even one who has a lesson marked done', () => {
    const doc = emptyDocument();
    expect(continueTarget(lessons, doc)).toBeUndefined();
    doc.lessons.a = { completedAt: at(0) };
    expect(continueTarget(lessons, doc)).toBeUndefined();
  });

  it('leads to the lesson visited last (with its slide) and the next unfinished lesson after it, wrapping round', () => {
    const doc = emptyDocument();
    doc.visits.a = { updatedAt: at(1) };
    doc.visits.c = { updatedAt: at(5), slide: 'slide-4' };
    doc.visits.b = { updatedAt: at(3) };
    doc.visits['not-in-this-course'] = { updatedAt: at(9) };
    doc.lessons.d = { completedAt: at(0) };
    expect(continueTarget(lessons, doc)).toEqual({ last: { ...lessons[2], slide: 'slide-4' }, next: lessons[0], complete: false });
  });

  it('has no next lesson when the others are done, and says when the whole course is', () => {
    const doc = emptyDocument();
    doc.visits.b = { updatedAt: at(1) };
    for (const slug of ['a', 'c', 'd']) doc.lessons[slug] = { completedAt: at(0) };
    expect(continueTarget(lessons, doc)).toEqual({ last: lessons[1], next: undefined, complete: false });
    doc.lessons.b = { completedAt: at(2) };
    expect(continueTarget(lessons, doc)?.complete).toBe(true);
  });

  it('the store records the visit and the slide, and a later visit wins', () => {
    const store = openProgressStore(new FakeStorage(), { now: ticking() });
    store.recordVisit('a', 'slide-3');
    store.recordVisit('b');
    expect(continueTarget(lessons, store.snapshot())?.last).toEqual(lessons[1]);
    store.recordVisit('a', 'slide-5');
    expect(continueTarget(lessons, store.snapshot())?.last).toEqual({ ...lessons[0], slide: 'slide-5' });
    expect(store.recordVisit('a', '<script>')).toEqual({ ok: false, reason: 'unavailable' });
  });
});

describe('module counts', () => {
  it('counts the done lessons a sidebar group lists', () => {
    const doc = emptyDocument();
    doc.lessons.a = { completedAt: at(0) };
    doc.lessons.z = { completedAt: at(0) };
    expect(moduleCount(['a', 'b', 'c'], doc)).toEqual({ done: 1, total: 3 });
    expect(moduleCount([], doc)).toEqual({ done: 0, total: 0 });
  });
});

describe('quiz first attempt', () => {
  it('keeps each question\'s first answer and its score; questions answered later add to it', () => {
    let first = keepFirstAttempt(undefined, [0, null, null], [false, false, false]);
    expect(first).toEqual({ answers: [0, null, null], correct: 0 });
    first = keepFirstAttempt(first, [1, 2, null], [true, true, false]);
    expect(first).toEqual({ answers: [0, 2, null], correct: 1 });
    first = keepFirstAttempt(first, [1, 2, 3], [true, true, true]);
    expect(first).toEqual({ answers: [0, 2, 3], correct: 2 });
  });

  it('starts again when the quiz has a different number of questions', () => {
    expect(keepFirstAttempt({ answers: [0, 0], correct: 2 }, [1, null, null], [true, false, false])).toEqual({ answers: [1, null, null], correct: 1 });
  });

  it('the store keeps the first attempt through a retry, and says the quiz was retried', () => {
    const store = openProgressStore(new FakeStorage(), { now: ticking() });
    store.saveQuiz('q', [0, 0, 0], 1, 3, [true, false, false]);
    expect(quizRetried(store.getQuiz('q')!)).toBe(false);
    store.saveQuiz('q', [0, 1, 2], 3, 3, [true, true, true]);
    expect(store.getQuiz('q')).toMatchObject({ answers: [0, 1, 2], correct: 3, first: { answers: [0, 0, 0], correct: 1 } });
    expect(quizRetried(store.getQuiz('q')!)).toBe(true);
  });
});
