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

  it('turns the flat v0 bag into a v1 document', () => {
    const result = migrate(v0);
    expect(result.ok && result.from).toBe(0);
    expect(result.ok && JSON.parse(JSON.stringify(result.value))).toEqual({
      version: 1,
      editors: { 'ex-1:Dockerfile': { text: 'FROM debian:bookworm\n', updatedAt: v0.savedAt } },
      exercises: {},
      quizzes: { namespaces: { answers: [0, null, 1], correct: 1, total: 3, updatedAt: v0.savedAt } },
      lessons: { history: { completedAt: v0.savedAt } },
      labs: {},
    });
  });

  it('leaves a current document as it is and refuses newer or foreign ones', () => {
    const current = { version: 1, lessons: {} };
    expect(migrate(current)).toEqual({ ok: true, value: current, from: 1 });
    expect(migrate({ version: 2 })).toEqual({ ok: false, reason: 'unsupported-version' });
    expect(migrate({ version: '1' })).toEqual({ ok: false, reason: 'not-progress' });
    expect(migrate({ colour: 'blue' })).toEqual({ ok: false, reason: 'not-progress' });
    expect(migrate('v0')).toEqual({ ok: false, reason: 'not-progress' });
  });

  it('the store reads v0 data from storage and writes it back as v1 on the next save', () => {
    const storage = new FakeStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(v0));
    const store = openProgressStore(storage);
    expect(store.notices).toEqual([]);
    expect(store.getLesson('history')).toEqual({ completedAt: v0.savedAt });
    expect(store.getLesson('namespaces')).toBeUndefined();
    expect(store.getQuiz('namespaces')?.answers).toEqual([0, null, 1]);
    expect(store.getEditorText('ex-1:Dockerfile')).toBe('FROM debian:bookworm\n');
    store.setLessonComplete('namespaces', true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(1);
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
