import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, EDITOR_TEXT_LIMIT, openProgressStore, STORAGE_KEY, type Notice } from '../../../src/features/progress/index.ts';
import { FakeStorage, ThrowingStorage, ticking } from './fake-storage.ts';

const kinds = (notices: readonly Notice[]) => notices.map((n) => n.kind);

describe('bad data in storage never crashes and is set aside', () => {
  for (const [label, raw] of [
    ['truncated JSON', '{"version":1,"lessons":{"history":{"completedAt":"2026-'],
    ['a foreign document', '{"theme":"dark","fontSize":14}'],
    ['a document from a newer version', '{"version":7,"lessons":{}}'],
    ['a JSON array', '[1,2,3]'],
    ['the string null', 'null'],
  ]) {
    it(`${label}: backed up under a corrupt key, a notice, a clean start`, () => {
      const storage = new FakeStorage();
      storage.setItem(STORAGE_KEY, raw);
      const store = openProgressStore(storage, { now: ticking() });
      expect(kinds(store.notices)).toEqual(['corrupt']);
      const backupKey = store.notices[0].detail!;
      expect(backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
      expect(storage.getItem(backupKey)).toBe(raw);
      expect(store.snapshot().lessons).toEqual({});
      expect(store.setLessonComplete('history', true)).toEqual({ ok: true });
      expect(storage.getItem(backupKey)).toBe(raw);
      expect(store.backups()).toEqual([backupKey]);
      expect(store.readBackup(backupKey)).toBe(raw);
      expect(store.readBackup(STORAGE_KEY)).toBeUndefined();
    });
  }

  it('drops prototype keys found in storage without polluting anything', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"lessons":{"__proto__":{"completedAt":"2026-01-01T00:00:00Z"},"history":{"completedAt":"2026-01-01T00:00:00Z"}}}');
    const store = openProgressStore(storage);
    expect(Object.keys(store.snapshot().lessons)).toEqual(['history']);
    expect(Object.getPrototypeOf(store.snapshot().lessons)).toBeNull();
    expect(({} as Record<string, unknown>).completedAt).toBeUndefined();
    expect(store.getLesson('__proto__')).toBeUndefined();
    expect(kinds(store.notices)).toEqual(['corrupt']);
  });

  it('keeps the good entries of a partly damaged document and backs up the original', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({
      version: 1,
      lessons: { history: { completedAt: '2026-01-01T00:00:00Z' }, broken: { completedAt: 42 } },
      quizzes: 'nope',
    });
    storage.setItem(STORAGE_KEY, raw);
    const store = openProgressStore(storage);
    expect(store.getLesson('history')).toEqual({ completedAt: '2026-01-01T00:00:00Z' });
    expect(store.getLesson('broken')).toBeUndefined();
    expect(kinds(store.notices)).toEqual(['corrupt']);
    expect(storage.getItem(store.notices[0].detail!)).toBe(raw);
  });

  it('does not overwrite unreadable data it could not back up', () => {
    const storage = new FakeStorage(60);
    storage.setItem(STORAGE_KEY, '{not json at all, but the only copy}');
    const store = openProgressStore(storage);
    expect(kinds(store.notices)).toEqual(['corrupt']);
    expect(store.notices[0].detail).toBeUndefined();
    expect(store.setLessonComplete('history', true)).toEqual({ ok: false, reason: 'quota' });
    expect(store.getLesson('history')).toBeDefined();
    expect(storage.getItem(STORAGE_KEY)).toBe('{not json at all, but the only copy}');
  });
});

it('clearAll also deletes set-aside backups, and only those', () => {
  const storage = new FakeStorage();
  storage.setItem(STORAGE_KEY, 'garbage');
  storage.setItem('starlight-theme', 'dark');
  const store = openProgressStore(storage, { now: ticking() });
  expect(store.backups()).toHaveLength(1);
  store.clearAll();
  expect(store.backups()).toEqual([]);
  expect([...storage.items.keys()].sort()).toEqual([STORAGE_KEY, 'starlight-theme']);
});

describe('a full quota keeps the work in memory', () => {
  it('raises one notice, keeps state, and saves everything on the next save that fits', () => {
    const storage = new FakeStorage(400);
    const store = openProgressStore(storage, { now: ticking() });
    expect(store.saveEditorText('ex:Dockerfile', 'FROM alpine\n')).toEqual({ ok: true });
    const big = 'RUN echo hi\n'.repeat(40);
    expect(store.saveEditorText('ex:Dockerfile', big)).toEqual({ ok: false, reason: 'quota' });
    expect(store.setLessonComplete('history', true)).toEqual({ ok: false, reason: 'quota' });
    expect(kinds(store.notices)).toEqual(['quota']);
    expect(store.getEditorText('ex:Dockerfile')).toBe(big);
    expect(store.getLesson('history')).toBeDefined();

    storage.quota = Infinity; // the learner freed some space
    expect(store.saveQuiz('q', [0, 1, 2], 1, 3, [true, false, false])).toEqual({ ok: true });
    expect(kinds(store.notices)).toEqual(['quota', 'saved-again']);
    const reopened = openProgressStore(storage);
    expect(reopened.getEditorText('ex:Dockerfile')).toBe(big);
    expect(reopened.getLesson('history')).toBeDefined();
  });

  it('keeps oversized editor text in memory only, with a notice, and leaves the stored one alone', () => {
    const storage = new FakeStorage();
    const store = openProgressStore(storage);
    store.saveEditorText('ex:Dockerfile', 'FROM alpine\n');
    const huge = 'x'.repeat(EDITOR_TEXT_LIMIT + 1);
    expect(store.saveEditorText('ex:Dockerfile', huge)).toEqual({ ok: false, reason: 'quota' });
    expect(store.getEditorText('ex:Dockerfile')).toBe(huge);
    expect(kinds(store.notices)).toEqual(['editor-too-large']);
    expect(store.notices[0].detail).toBe('ex:Dockerfile');
    expect(storage.getItem(STORAGE_KEY)!.length).toBeLessThan(1000);
    expect(openProgressStore(storage).getEditorText('ex:Dockerfile')).toBe('FROM alpine\n');
    store.saveEditorText('ex:Dockerfile', 'FROM alpine:3.21\n');
    expect(openProgressStore(storage).getEditorText('ex:Dockerfile')).toBe('FROM alpine:3.21\n');
  });
});

describe('storage that is missing or throws', () => {
  it('works in memory when every access throws (private mode), with one notice', () => {
    const store = openProgressStore(new ThrowingStorage());
    expect(store.setLessonComplete('history', true)).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.saveQuiz('q', [0, 0, 0], 3, 3, [true, true, true])).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.getLesson('history')).toBeDefined();
    expect(store.getQuiz('q')?.correct).toBe(3);
    expect(kinds(store.notices)).toEqual(['unavailable']);
  });

  it('falls back to memory when there is no localStorage at all', () => {
    expect('localStorage' in globalThis).toBe(false);
    const store = openProgressStore();
    expect(kinds(store.notices)).toEqual(['unavailable']);
    expect(store.setLessonComplete('history', true)).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.getLesson('history')).toBeDefined();
  });

  it('tells notice listeners as problems happen', () => {
    const storage = new FakeStorage(10);
    const store = openProgressStore(storage);
    const seen: string[] = [];
    store.onNotice((n) => seen.push(n.kind));
    store.setLessonComplete('history', true);
    expect(seen).toEqual(['quota']);
  });
});
