import { describe, expect, it } from 'vitest';
import { APP_MARKER, IMPORT_SIZE_LIMIT, exportProgress, importProgress, openProgressStore, previewImport, STORAGE_KEY } from '../../../src/features/progress/index.ts';
import { FakeStorage, ticking } from './fake-storage.ts';

// Version-1 files, as exported before quiz first attempts and visits: they must still import.
const fileOf = (body: Record<string, unknown>) => JSON.stringify({ app: APP_MARKER, version: 1, exportedAt: '2026-03-02T00:00:00Z', ...body });

function seeded() {
  const storage = new FakeStorage();
  const store = openProgressStore(storage, { now: ticking() });
  store.setLessonComplete('history', true);
  store.saveQuiz('namespaces', [0, 1, 1], 2, 3, [false, true, true]);
  store.updateExercise('ex-1', { status: 'passed' });
  store.markLabStep('lab-1', 'a');
  return { storage, store };
}

describe('export', () => {
  it('is pretty JSON with the app marker and version, and imports back to the same state', () => {
    const { store } = seeded();
    const text = exportProgress(store);
    expect(text).toContain('\n  "app": ');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ app: APP_MARKER, version: 2 });
    expect(Date.parse(file.exportedAt)).not.toBeNaN();

    const fresh = openProgressStore(new FakeStorage());
    const preview = previewImport(fresh, text);
    expect(preview.ok).toBe(true);
    expect(preview.skipped).toEqual([]);
    expect(preview.changes.map((c) => `${c.section}/${c.id}:${c.kind}`).sort()).toEqual(
      ['exercises/ex-1:new', 'labs/lab-1:new', 'lessons/history:new', 'quizzes/namespaces:new'],
    );
    expect(importProgress(fresh, text, 'replace')).toEqual({ ok: true });
    expect(fresh.snapshot()).toEqual(store.snapshot());
  });
});

describe('hostile or wrong import files are refused and change nothing', () => {
  const cases: Array<[string, string, string]> = [
    ['a file over 1 MB', fileOf({ editors: { big: { text: 'x'.repeat(IMPORT_SIZE_LIMIT), updatedAt: '2026-01-01T00:00:00Z' } } }), 'too-large'],
    ['2 MB of whitespace', ' '.repeat(2 * 1024 * 1024), 'too-large'],
    ['deep nesting', `{"app":"${APP_MARKER}","version":1,"labs":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'too-deep'],
    ['a __proto__ key', `{"app":"${APP_MARKER}","version":1,"lessons":{"__proto__":{"polluted":"yes"}}}`, 'forbidden-key'],
    ['a nested constructor.prototype', `{"app":"${APP_MARKER}","version":1,"quizzes":{"q":{"constructor":{"prototype":{"polluted":"yes"}}}}}`, 'forbidden-key'],
    ['not JSON', 'lessons: all of them', 'not-json'],
    ['JSON without our marker', JSON.stringify({ version: 1, lessons: { history: { completedAt: '2026-01-01T00:00:00Z' } } }), 'not-progress'],
    ['a number', '42', 'not-progress'],
    ['a newer version', fileOf({ version: 99 }), 'unsupported-version'],
  ];
  for (const [label, text, error] of cases) {
    it(`${label} → ${error}`, () => {
      const { storage, store } = seeded();
      const before = storage.getItem(STORAGE_KEY);
      expect(previewImport(store, text)).toEqual({ ok: false, error, changes: [], skipped: [] });
      expect(importProgress(store, text, 'replace')).toEqual({ ok: false, reason: 'invalid', error });
      expect(importProgress(store, text, 'merge')).toEqual({ ok: false, reason: 'invalid', error });
      expect(storage.getItem(STORAGE_KEY)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('skips entries with wrong types or malformed ids, keeping the well-formed unknown ones', () => {
    const { store } = seeded();
    const text = fileOf({
      lessons: { 'a-future-lesson': { completedAt: '2026-02-01T00:00:00Z' }, '<img src=x onerror=alert(1)>': { completedAt: '2026-02-01T00:00:00Z' } },
      quizzes: { q: { answers: ['1', 0, 0], correct: '2', total: 3, updatedAt: '2026-02-01T00:00:00Z' } },
      exercises: { 'ex-2': { status: 'passed', score: '100', hintsShown: 0, solutionShown: false, updatedAt: '2026-02-01T00:00:00Z' } },
      editors: { 'ex-2:Dockerfile': { text: 12, updatedAt: 'yesterday' } },
      labs: [],
      extra: { anything: true },
    });
    const preview = previewImport(store, text);
    expect(preview.ok).toBe(true);
    expect(preview.skipped.map((s) => `${s.section}:${s.reason}`).sort()).toEqual(
      ['editors:text', 'exercises:score', 'labs:not an object', 'lessons:id', 'quizzes:correct/total'],
    );
    expect(preview.changes.filter((c) => c.kind === 'new')).toEqual([{ section: 'lessons', id: 'a-future-lesson', kind: 'new' }]);
    importProgress(store, text, 'merge');
    expect(store.getLesson('a-future-lesson')).toBeDefined();
    expect(Object.keys(store.snapshot().lessons).sort()).toEqual(['a-future-lesson', 'history']);
  });
});

describe('replace vs merge', () => {
  const incoming = fileOf({
    lessons: { namespaces: { completedAt: '2026-01-01T00:00:00Z' }, history: { completedAt: '2027-01-01T00:00:00Z' } },
    quizzes: { namespaces: { answers: [0, 0, 0], correct: 1, total: 3, updatedAt: '2020-01-01T00:00:00Z' } },
    exercises: { 'ex-1': { status: 'in-progress', score: 9, hintsShown: 0, solutionShown: false, updatedAt: '2030-01-01T00:00:00Z' } },
    labs: { 'lab-1': { stepsDone: ['b'], updatedAt: '2020-01-01T00:00:00Z' } },
  });

  it('previews what each entry would do', () => {
    const { store } = seeded();
    const kinds = Object.fromEntries(previewImport(store, incoming).changes.map((c) => [`${c.section}/${c.id}`, c.kind]));
    expect(kinds).toEqual({
      'lessons/namespaces': 'new',
      'lessons/history': 'different',
      'quizzes/namespaces': 'different',
      'exercises/ex-1': 'different',
      'labs/lab-1': 'different',
    });
    const { store: other } = seeded();
    other.setLessonComplete('cgroups', true);
    expect(previewImport(other, incoming).changes).toContainEqual({ section: 'lessons', id: 'cgroups', kind: 'only-here' });
  });

  it('replace takes the file as it is', () => {
    const { store } = seeded();
    importProgress(store, incoming, 'replace');
    expect(store.getLesson('history')!.completedAt).toBe('2027-01-01T00:00:00Z');
    expect(store.getQuiz('namespaces')!.correct).toBe(1);
    expect(store.getExercise('ex-1')!.status).toBe('in-progress');
    expect(store.getLab('lab-1')!.stepsDone).toEqual(['b']);
  });

  it('merge never loses work from either side', () => {
    const { store } = seeded();
    const mine = store.snapshot();
    importProgress(store, incoming, 'merge');
    expect(store.getLesson('namespaces')).toBeDefined();
    expect(store.getLesson('history')).toEqual(mine.lessons.history);
    expect(store.getQuiz('namespaces')).toEqual(mine.quizzes.namespaces);
    expect(store.getExercise('ex-1')).toMatchObject({ status: 'passed', score: 9 });
    expect(store.getLab('lab-1')!.stepsDone).toEqual(['a', 'b']);
  });

  it('imports a v0-shaped file through the migrations', () => {
    const store = openProgressStore(new FakeStorage());
    expect(importProgress(store, JSON.stringify({ app: APP_MARKER, 'lesson:history': true }), 'merge')).toEqual({ ok: true });
    expect(store.getLesson('history')).toBeDefined();
  });
});
