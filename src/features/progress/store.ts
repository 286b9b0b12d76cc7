/**
 * The one storage module for learner progress: a versioned document under one localStorage key.
 * Storage is injected (tests pass fakes); nothing here touches DOM globals at import time.
 *
 * Never crash, never lose work: unreadable data is set aside under a backup key, a full quota keeps the state in
 * memory (retried on the next save), oversized editor texts stay in memory only. Each problem raises a notice.
 */
import { migrate } from './migrations.ts';
import {
  EDITOR_TEXT_LIMIT, PROGRESS_VERSION, cloneDocument, emptyDocument, isWellFormedId, sanitizeDocument,
  type EditorRecord, type ExerciseRecord, type LabRecord, type LessonRecord, type ProgressDocument, type QuizRecord,
} from './schema.ts';
import { mergeDocuments } from './merge.ts';
import { nextStatus, type Attempt } from './exercise-status.ts';
import { keepFirstAttempt } from './quiz-attempt.ts';

export const STORAGE_KEY = 'ctrw:progress';
export const BACKUP_PREFIX = 'ctrw:progress:corrupt:';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Listing keys (optional: without it, set-aside backups cannot be listed). */
  readonly length?: number;
  key?(index: number): string | null;
}
/** Where `storage` events from other tabs arrive (window in a browser). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null; storageArea?: unknown }) => void): void;
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

/** A problem the learner should see; the UI words it from `kind` (the store speaks no language). */
export interface Notice {
  id: number;
  kind: 'corrupt' | 'quota' | 'unavailable' | 'editor-too-large' | 'saved-again';
  /** corrupt: where the unreadable data was set aside (absent if even that failed). editor-too-large: the editor id. */
  detail?: string;
  at: string;
}

/** A change to an exercise record; `attempt` is a grade, from which the store derives the status (see exercise-status.ts). */
export type ExercisePatch = Partial<Pick<ExerciseRecord, 'status' | 'score' | 'hintsShown' | 'solutionShown'>> & { attempt?: Attempt };

export interface ProgressStore {
  getEditorText(id: string): string | undefined;
  saveEditorText(id: string, text: string): SaveResult;
  getExercise(id: string): ExerciseRecord | undefined;
  updateExercise(id: string, patch: ExercisePatch): SaveResult;
  getQuiz(id: string): QuizRecord | undefined;
  /** `right[i]`: the answer to question i is right (keeps the first attempt's score; see continuity.ts). */
  saveQuiz(id: string, answers: (number | null)[], correct: number, total: number, right: boolean[]): SaveResult;
  getLesson(slug: string): LessonRecord | undefined;
  setLessonComplete(slug: string, done: boolean): SaveResult;
  getLab(id: string): LabRecord | undefined;
  markLabStep(id: string, stepId: string): SaveResult;
  /** The learner is on this lesson (and reading this slide): where "Continue where you left off" leads. */
  recordVisit(slug: string, slide?: string): SaveResult;
  /** A copy of the whole document (the progress page lists every id in it). */
  snapshot(): ProgressDocument;
  /** Puts a whole document in place of this one (an import, read and checked by transfer.ts). */
  replaceDocument(document: ProgressDocument): SaveResult;
  /** Deletes the progress and any set-aside backups. */
  clearAll(): SaveResult;
  /** Keys under which unreadable data was set aside, oldest first. */
  backups(): string[];
  readBackup(key: string): string | undefined;
  /** Called after every local save and every change made in another tab; returns an unsubscribe function. */
  subscribe(listener: (document: ProgressDocument) => void): () => void;
  readonly notices: readonly Notice[];
  onNotice(listener: (notice: Notice) => void): () => void;
}

export interface StoreOptions {
  now?: () => Date;
  /** Source of cross-tab `storage` events; defaults to globalThis when the store uses the real localStorage. */
  events?: StorageEventSource;
}

const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: number }).code === 22);

/** An in-memory Storage for when the browser has none (private mode, disabled cookies, tests). */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
  };
}

function defaultStorage(): StorageLike | undefined {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage ?? undefined;
  } catch {
    return undefined; // Access itself throws when storage is disabled.
  }
}

export function openProgressStore(storage: StorageLike | undefined = defaultStorage(), options: StoreOptions = {}): ProgressStore {
  const now = options.now ?? (() => new Date());
  const persistent = storage !== undefined;
  const area = storage ?? memoryStorage();
  const notices: Notice[] = [];
  const noticeListeners = new Set<(notice: Notice) => void>();
  const listeners = new Set<(document: ProgressDocument) => void>();
  /** Editor texts over the limit: newer than what is stored, kept for this tab only. */
  const memoryOnlyEditors = new Map<string, EditorRecord>();
  let nextNoticeId = 1;
  let unsaved = false;
  /** The save problem the learner was last told about, so a failing save does not repeat its notice. */
  let problem: 'quota' | 'unavailable' | undefined;
  /** Set when unreadable data could not be backed up: saving would overwrite it, so stay in memory. */
  let holdWrites = false;

  function notify(kind: Notice['kind'], detail?: string) {
    const notice: Notice = { id: nextNoticeId++, kind, detail, at: now().toISOString() };
    notices.push(notice);
    if (notices.length > 20) notices.shift();
    for (const listener of noticeListeners) listener(notice);
  }

  function readRaw(): string | null | 'unavailable' {
    try {
      return area.getItem(STORAGE_KEY);
    } catch {
      return 'unavailable';
    }
  }

  /** The stored document, migrated and validated; anything unreadable is set aside first. */
  function load(): ProgressDocument {
    const raw = readRaw();
    if (raw === 'unavailable') {
      if (problem !== 'unavailable') notify('unavailable');
      problem = 'unavailable';
      return emptyDocument();
    }
    if (raw === null) return emptyDocument();
    let parsed: unknown;
    let sanitized: ReturnType<typeof sanitizeDocument> = null;
    try {
      parsed = JSON.parse(raw);
      const migrated = migrate(parsed);
      if (migrated.ok) sanitized = sanitizeDocument(migrated.value);
    } catch {
      sanitized = null;
    }
    if (sanitized && sanitized.dropped.length === 0) return sanitized.document;
    const backupKey = `${BACKUP_PREFIX}${now().toISOString()}`;
    try {
      area.setItem(backupKey, raw);
      notify('corrupt', backupKey);
    } catch {
      holdWrites = true;
      notify('corrupt');
    }
    return sanitized?.document ?? emptyDocument();
  }

  if (!persistent) {
    notify('unavailable');
    problem = 'unavailable';
  }
  let document = load();

  function write(): SaveResult {
    if (!persistent) return { ok: false, reason: 'unavailable' };
    if (holdWrites) {
      unsaved = true;
      return { ok: false, reason: 'quota' };
    }
    try {
      area.setItem(STORAGE_KEY, JSON.stringify(document));
    } catch (error) {
      const reason = isQuotaError(error) ? 'quota' : 'unavailable';
      if (problem !== reason) notify(reason);
      problem = reason;
      unsaved = true;
      return { ok: false, reason };
    }
    if (problem) notify('saved-again');
    problem = undefined;
    unsaved = false;
    return { ok: true };
  }

  function commit(): SaveResult {
    const result = write();
    const view = cloneDocument(document);
    for (const listener of listeners) listener(view);
    return result;
  }

  // Another tab saved: take its document, unless this tab holds unsaved work, which is merged in instead.
  const events = options.events ?? (storage !== undefined && storage === defaultStorage() ? (globalThis as Partial<StorageEventSource>) : undefined);
  events?.addEventListener?.('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    if (event.storageArea !== undefined && event.storageArea !== storage) return;
    const theirs = load();
    document = unsaved ? mergeDocuments(theirs, document) : theirs;
    if (unsaved) write();
    const view = cloneDocument(document);
    for (const listener of listeners) listener(view);
  });

  function listBackups(): string[] {
    try {
      const keys: string[] = [];
      for (let i = 0; i < (area.length ?? 0); i++) {
        const key = area.key?.(i);
        if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
      }
      return keys.sort();
    } catch {
      return [];
    }
  }

  const stamp = () => now().toISOString();
  const copy = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : structuredClone(value));
  const refuse = (): SaveResult => ({ ok: false, reason: 'unavailable' });

  return {
    getEditorText: (id) => memoryOnlyEditors.get(id)?.text ?? document.editors[id]?.text,
    saveEditorText(id, text) {
      if (!isWellFormedId(id) || typeof text !== 'string') return refuse();
      if (text.length > EDITOR_TEXT_LIMIT) {
        if (!memoryOnlyEditors.has(id)) notify('editor-too-large', id);
        memoryOnlyEditors.set(id, { text, updatedAt: stamp() });
        for (const listener of listeners) listener(cloneDocument(document));
        return { ok: false, reason: 'quota' };
      }
      memoryOnlyEditors.delete(id);
      document.editors[id] = { text, updatedAt: stamp() };
      return commit();
    },

    getExercise: (id) => copy(document.exercises[id]),
    /**
     * Status never moves backwards. A pass reported while hints or the solution were shown (in this patch or the
     * latest attempt's counters) is stored as passed-with-help; a passed-with-help exercise becomes passed only when
     * the exercise reports a new attempt from scratch: `{ status: 'passed', hintsShown: 0, solutionShown: false }`.
     */
    updateExercise(id, patch) {
      if (!isWellFormedId(id)) return refuse();
      const before = document.exercises[id] ?? { status: 'not-started', score: 0, hintsShown: 0, solutionShown: false, updatedAt: stamp() };
      const hintsShown = Number.isInteger(patch.hintsShown) && patch.hintsShown! >= 0 ? Math.min(patch.hintsShown!, 1_000) : before.hintsShown;
      const solutionShown = typeof patch.solutionShown === 'boolean' ? patch.solutionShown : before.solutionShown;
      const status = nextStatus(before.status, patch.attempt ?? patch.status, { hintsShown, solutionShown });
      const score = typeof patch.score === 'number' && Number.isFinite(patch.score) && patch.score >= 0 ? Math.max(patch.score, before.score) : before.score;
      document.exercises[id] = { status, score, hintsShown, solutionShown, updatedAt: stamp() };
      return commit();
    },

    getQuiz: (id) => copy(document.quizzes[id]),
    saveQuiz(id, answers, correct, total, right) {
      const given = answers.map((a) => (Number.isInteger(a) && a! >= 0 ? a : null));
      const first = keepFirstAttempt(document.quizzes[id]?.first, given, right);
      const record = { answers: given, correct, total, first, updatedAt: stamp() };
      const checked = sanitizeDocument({ version: PROGRESS_VERSION, quizzes: { [id]: record } });
      if (!isWellFormedId(id) || !checked?.document.quizzes[id]) return refuse();
      document.quizzes[id] = checked.document.quizzes[id];
      return commit();
    },

    getLesson: (slug) => copy(document.lessons[slug]),
    setLessonComplete(slug, done) {
      if (!isWellFormedId(slug)) return refuse();
      if (done) document.lessons[slug] = document.lessons[slug] ?? { completedAt: stamp() };
      else delete document.lessons[slug];
      return commit();
    },

    getLab: (id) => copy(document.labs[id]),
    markLabStep(id, stepId) {
      if (!isWellFormedId(id) || !isWellFormedId(stepId)) return refuse();
      const steps = new Set(document.labs[id]?.stepsDone ?? []).add(stepId);
      document.labs[id] = { stepsDone: [...steps], updatedAt: stamp() };
      return commit();
    },

    recordVisit(slug, slide) {
      if (!isWellFormedId(slug) || (slide !== undefined && !isWellFormedId(slide))) return refuse();
      document.visits[slug] = slide ? { updatedAt: stamp(), slide } : { updatedAt: stamp() };
      return commit();
    },

    snapshot: () => cloneDocument(document),
    replaceDocument(next) {
      document = cloneDocument(next);
      return commit();
    },
    clearAll() {
      document = emptyDocument();
      memoryOnlyEditors.clear();
      holdWrites = false;
      for (const key of listBackups()) {
        try {
          area.removeItem(key);
        } catch {
          // Nothing more to do: the storage itself is failing, and the save below reports it.
        }
      }
      return commit();
    },
    backups: listBackups,
    readBackup(key) {
      if (!key.startsWith(BACKUP_PREFIX)) return undefined;
      try {
        return area.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get notices() {
      return [...notices];
    },
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => void noticeListeners.delete(listener);
    },
  };
}
