import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../src/features/progress/migrations.ts';
import { openProgressStore, PROGRESS_VERSION, STORAGE_KEY } from '../../../src/features/progress/index.ts';
import { FakeStorage } from './fake-storage.ts';

const v0 = {
  savedAt: '2025-11-02T08:30:00.000Z',
  'lesson:history': true,
  'lesson:namespaces': false,
  'quiz:namespaces': { answers: [0, null, 1], correct: 1 },
  'editor:ex-1:Dockerfile': 'FROM debian:bookworm\n',
};

describe('migrations', () => {
  it('has one step per version up to the current one', () => {
    expect(Object.keys(migrations).map(Number)).toEqual([...Array(PROGRESS_VERSION).keys()]);
  });

  it('turns the flat v0 bag into a current document, through v1', () => {
    const result = migrate(v0);
    expect(result.ok && result.from).toBe(0);
    expect(result.ok && JSON.parse(JSON.stringify(result.value))).toEqual({
      version: 2,
      editors: { 'ex-1:Dockerfile': { text: 'FROM debian:bookworm\n', updatedAt: v0.savedAt } },
      exercises: {},
      quizzes: { namespaces: { answers: [0, null, 1], correct: 1, total: 3, first: { answers: [0, null, 1], correct: 1 }, updatedAt: v0.savedAt } },
      lessons: { history: { completedAt: v0.savedAt } },
      labs: {},
      visits: {},
    });
  });

  it('v1 → v2: each quiz\'s saved answers become its first attempt, and no visit is invented', () => {
    const at = '2026-02-01T10:00:00.000Z';
    const v1 = { version: 1, lessons: { history: { completedAt: at } }, quizzes: { q: { answers: [1, 2, 0], correct: 2, total: 3, updatedAt: at } } };
    const result = migrate(v1);
    expect(result.ok && result.from).toBe(1);
    expect(result.ok && JSON.parse(JSON.stringify(result.value))).toEqual({
      ...v1,
      version: 2,
      quizzes: { q: { answers: [1, 2, 0], correct: 2, total: 3, first: { answers: [1, 2, 0], correct: 2 }, updatedAt: at } },
      visits: {},
    });
    // A malformed quizzes section is passed on for the validator to report, not silently dropped here.
    expect(migrate({ version: 1, quizzes: 'nope' })).toMatchObject({ ok: true, value: { version: 2, quizzes: 'nope' } });
  });

  it('the store reads v1 data and keeps its first attempt when a quiz is answered again', () => {
    const at = '2026-02-01T10:00:00.000Z';
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, quizzes: { q: { answers: [1, null, 0], correct: 1, total: 3, updatedAt: at } } }));
    const store = openProgressStore(storage);
    expect(store.notices).toEqual([]);
    store.saveQuiz('q', [2, 1, 0], 3, 3, [true, true, true]);
    expect(store.getQuiz('q')?.first).toEqual({ answers: [1, 1, 0], correct: 2 });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
  });

  it('leaves a current document as it is and refuses newer or foreign ones', () => {
    const current = { version: 2, lessons: {} };
    expect(migrate(current)).toEqual({ ok: true, value: current, from: 2 });
    expect(migrate({ version: 3 })).toEqual({ ok: false, reason: 'unsupported-version' });
    expect(migrate({ version: '1' })).toEqual({ ok: false, reason: 'not-progress' });
    expect(migrate({ colour: 'blue' })).toEqual({ ok: false, reason: 'not-progress' });
    expect(migrate('v0')).toEqual({ ok: false, reason: 'not-progress' });
  });

  it('the store reads v0 data from storage and writes it back as the current version on the next save', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v0));
    const store = openProgressStore(storage);
    expect(store.notices).toEqual([]);
    expect(store.getLesson('history')).toEqual({ completedAt: v0.savedAt });
    expect(store.getLesson('namespaces')).toBeUndefined();
    expect(store.getQuiz('namespaces')?.answers).toEqual([0, null, 1]);
    expect(store.getEditorText('ex-1:Dockerfile')).toBe('FROM debian:bookworm\n');
    store.setLessonComplete('namespaces', true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(PROGRESS_VERSION);
  });

  it('a v0 document with malformed values keeps what it can and sets the original aside', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ 'lesson:history': true, 'quiz:q': { answers: ['a'], correct: 0 } }));
    const store = openProgressStore(storage);
    expect(store.getLesson('history')).toBeDefined();
    expect(store.getQuiz('q')).toBeUndefined();
    expect(store.notices.map((n) => n.kind)).toEqual(['corrupt']);
  });
});
