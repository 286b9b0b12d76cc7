import { describe, expect, it } from 'vitest';
import { openProgressStore, STORAGE_KEY, type ProgressDocument } from '../../../src/features/progress/index.ts';
import { FakeStorage, tabs, ticking } from './fake-storage.ts';

describe('subscribe', () => {
  it('fires on every local save with a copy of the document, until unsubscribed', () => {
    const store = openProgressStore(new FakeStorage());
    const seen: ProgressDocument[] = [];
    const stop = store.subscribe((doc) => seen.push(doc));
    store.setLessonComplete('history', true);
    store.saveQuiz('q', [0, 0, 0], 0, 3, [false, false, false]);
    stop();
    store.setLessonComplete('cgroups', true);
    expect(seen).toHaveLength(2);
    expect(Object.keys(seen[1].lessons)).toEqual(['history']);
  });

  it('fires when another tab saves, with that tab’s state', () => {
    const { views } = tabs(2);
    const a = openProgressStore(views[0].storage, { events: views[0].events, now: ticking() });
    const b = openProgressStore(views[1].storage, { events: views[1].events, now: ticking() });
    const seenInB: ProgressDocument[] = [];
    b.subscribe((doc) => seenInB.push(doc));
    a.setLessonComplete('history', true);
    expect(seenInB).toHaveLength(1);
    expect(b.getLesson('history')).toBeDefined();
    a.clearAll();
    expect(b.getLesson('history')).toBeUndefined();
    expect(seenInB).toHaveLength(2);
  });

  it('ignores other keys and other storage areas', () => {
    const { views } = tabs(2);
    const b = openProgressStore(views[1].storage, { events: views[1].events });
    let calls = 0;
    b.subscribe(() => calls++);
    views[0].storage.setItem('starlight-theme', 'dark');
    expect(calls).toBe(0);
  });

  it('a tab holding unsaved work (full quota) merges the other tab’s save instead of dropping its own', () => {
    const shared = new FakeStorage();
    const { views } = tabs(2, shared);
    const a = openProgressStore(views[0].storage, { events: views[0].events, now: ticking() });
    const b = openProgressStore(views[1].storage, { events: views[1].events, now: ticking() });
    shared.quota = 0;
    expect(b.setLessonComplete('cgroups', true).ok).toBe(false);
    shared.quota = Infinity;
    a.setLessonComplete('history', true);
    expect(b.getLesson('history')).toBeDefined();
    expect(b.getLesson('cgroups')).toBeDefined();
    expect(Object.keys(JSON.parse(shared.getItem(STORAGE_KEY)!).lessons).sort()).toEqual(['cgroups', 'history']);
  });
});
