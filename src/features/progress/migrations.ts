/**
 * Older progress shapes → the current one. `migrations[n]` turns a version-n document into version n + 1;
 * the result is still untrusted and goes through sanitizeDocument afterwards.
 */
import { PROGRESS_VERSION, isPlainObject } from './schema.ts';

type RawDocument = Record<string, unknown>;

/**
 * Version 0 (the first prototype) was one flat bag without a version field:
 * `{ "savedAt": iso, "lesson:<slug>": true, "quiz:<id>": { answers, correct }, "editor:<id>": "text" }`.
 */
function fromV0(old: RawDocument): RawDocument {
  const at = typeof old.savedAt === 'string' && Number.isFinite(Date.parse(old.savedAt)) ? old.savedAt : new Date(0).toISOString();
  const next = { version: 1, editors: Object.create(null), exercises: Object.create(null), quizzes: Object.create(null), lessons: Object.create(null), labs: Object.create(null) };
  for (const key of Object.keys(old)) {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const value = old[key];
    if (kind === 'lesson' && value === true) next.lessons[id] = { completedAt: at };
    else if (kind === 'editor' && typeof value === 'string') next.editors[id] = { text: value, updatedAt: at };
    else if (kind === 'quiz' && isPlainObject(value) && Array.isArray(value.answers)) {
      next.quizzes[id] = { answers: value.answers, correct: value.correct, total: value.answers.length, updatedAt: at };
    }
  }
  return next;
}

/**
 * Version 1 kept only a quiz's latest answers. Version 2 adds each quiz's first attempt (the latest answers are the
 * earliest this browser still knows, so they stand for it) and the `visits` section (empty: no visit was recorded).
 */
function fromV1(old: RawDocument): RawDocument {
  const next: RawDocument = { ...old, version: 2, visits: Object.create(null) };
  if (!isPlainObject(old.quizzes)) return next; // absent, or malformed: sanitizeDocument reports it
  const quizzes: RawDocument = (next.quizzes = Object.create(null));
  for (const [id, quiz] of Object.entries(old.quizzes)) {
    quizzes[id] = isPlainObject(quiz) && !('first' in quiz) ? { ...quiz, first: { answers: quiz.answers, correct: quiz.correct } } : quiz;
  }
  return next;
}

export const migrations: Record<number, (old: RawDocument) => RawDocument> = { 0: fromV0, 1: fromV1 };

const looksLikeV0 = (value: RawDocument) =>
  !('version' in value) && Object.keys(value).every((key) => key === 'savedAt' || /^(lesson|quiz|editor):/.test(key));

/** The document brought to the current version, or a reason it cannot be. */
export function migrate(value: unknown): { ok: true; value: RawDocument; from: number } | { ok: false; reason: 'not-progress' | 'unsupported-version' } {
  if (!isPlainObject(value)) return { ok: false, reason: 'not-progress' };
  let version: number;
  if (looksLikeV0(value)) version = 0;
  else if (typeof value.version === 'number' && Number.isInteger(value.version)) version = value.version;
  else return { ok: false, reason: 'not-progress' };
  if (version > PROGRESS_VERSION || version < 0) return { ok: false, reason: 'unsupported-version' };
  const from = version;
  let current: RawDocument = value;
  while (version < PROGRESS_VERSION) {
    current = migrations[version](current);
    version += 1;
  }
  return { ok: true, value: current, from };
}
