/**
 * The learner's progress document (version 2) and the one validator every read and every import goes through.
 * Records are built on null-prototype objects so no key found in data can ever reach Object.prototype.
 */

export const PROGRESS_VERSION = 2;

export const exerciseStatuses = ['not-started', 'in-progress', 'passed-with-help', 'passed'] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];

/** Position of a status in the learner's journey: a record never moves to a lower rank. */
export const statusRank = (status: ExerciseStatus): number => exerciseStatuses.indexOf(status);

export interface EditorRecord { text: string; updatedAt: string }
export interface ExerciseRecord {
  status: ExerciseStatus;
  /** Best score reached so far (the exercise decides the scale). */
  score: number;
  /** Hints shown in the latest attempt. */
  hintsShown: number;
  /** Whether the solution was shown in the latest attempt. */
  solutionShown: boolean;
  updatedAt: string;
}
/** The first answer given to each question and how many of those were right (a retry never changes it). */
export interface FirstAttempt { answers: (number | null)[]; correct: number }
export interface QuizRecord { answers: (number | null)[]; correct: number; total: number; first: FirstAttempt; updatedAt: string }
export interface LessonRecord { completedAt: string }
/** The learner's latest visit to a lesson, and the slide they were reading (its element id), if any. */
export interface VisitRecord { updatedAt: string; slide?: string }
export interface LabRecord { stepsDone: string[]; updatedAt: string }

export type Section<T> = Record<string, T>;
export interface ProgressDocument {
  version: typeof PROGRESS_VERSION;
  editors: Section<EditorRecord>;
  exercises: Section<ExerciseRecord>;
  quizzes: Section<QuizRecord>;
  lessons: Section<LessonRecord>;
  labs: Section<LabRecord>;
  visits: Section<VisitRecord>;
}
export const sectionNames = ['editors', 'exercises', 'quizzes', 'lessons', 'labs', 'visits'] as const;
export type SectionName = (typeof sectionNames)[number];

/** Editor texts above this many characters stay in memory only: one runaway paste must not fill the quota. */
export const EDITOR_TEXT_LIMIT = 200_000;
const MAX_ENTRIES = 5_000;
const MAX_QUESTIONS = 50;
const MAX_LAB_STEPS = 500;

/** Keys that would reach an object's prototype if ever used as a plain property name. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Ids of lessons, quizzes, exercises, editors and lab steps: short, printable, no path tricks. */
export function isWellFormedId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/.test(id) && !forbiddenKeys.has(id) && !id.includes('..');
}

export const emptySection = <T>(): Section<T> => Object.create(null) as Section<T>;

export function emptyDocument(): ProgressDocument {
  return { version: PROGRESS_VERSION, editors: emptySection(), exercises: emptySection(), quizzes: emptySection(), lessons: emptySection(), labs: emptySection(), visits: emptySection() };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** One chosen option index (or null) per question. */
const isAnswers = (value: unknown, total: number): value is (number | null)[] =>
  Array.isArray(value) && value.length === total && value.every((a) => a === null || isCount(a, 99));

/** An entry that could not be kept, said in data terms (the UI words it). */
export interface DroppedEntry { section: SectionName | 'document'; id: string; reason: string }

type Reader<T> = (value: Record<string, unknown>) => T | string;

const readers: { [K in SectionName]: Reader<ProgressDocument[K][string]> } = {
  editors: (v) => {
    if (typeof v.text !== 'string') return 'text';
    if (v.text.length > EDITOR_TEXT_LIMIT) return 'text too large';
    if (!isTimestamp(v.updatedAt)) return 'updatedAt';
    return { text: v.text, updatedAt: v.updatedAt };
  },
  exercises: (v) => {
    if (!exerciseStatuses.includes(v.status as ExerciseStatus)) return 'status';
    if (typeof v.score !== 'number' || !Number.isFinite(v.score) || v.score < 0) return 'score';
    if (!isCount(v.hintsShown, 1_000)) return 'hintsShown';
    if (typeof v.solutionShown !== 'boolean') return 'solutionShown';
    if (!isTimestamp(v.updatedAt)) return 'updatedAt';
    return { status: v.status as ExerciseStatus, score: v.score, hintsShown: v.hintsShown, solutionShown: v.solutionShown, updatedAt: v.updatedAt };
  },
  quizzes: (v) => {
    if (!isCount(v.total, MAX_QUESTIONS) || !isCount(v.correct, v.total as number)) return 'correct/total';
    if (!isAnswers(v.answers, v.total as number)) return 'answers';
    const first = v.first as Record<string, unknown>;
    if (!isPlainObject(first) || !isCount(first.correct, v.total as number) || !isAnswers(first.answers, v.total as number)) return 'first';
    if (!isTimestamp(v.updatedAt)) return 'updatedAt';
    return { answers: [...v.answers], correct: v.correct, total: v.total, first: { answers: [...first.answers], correct: first.correct }, updatedAt: v.updatedAt };
  },
  lessons: (v) => (isTimestamp(v.completedAt) ? { completedAt: v.completedAt } : 'completedAt'),
  labs: (v) => {
    if (!Array.isArray(v.stepsDone) || v.stepsDone.length > MAX_LAB_STEPS || !v.stepsDone.every(isWellFormedId)) return 'stepsDone';
    if (!isTimestamp(v.updatedAt)) return 'updatedAt';
    return { stepsDone: [...new Set(v.stepsDone as string[])], updatedAt: v.updatedAt };
  },
  visits: (v) => {
    if (!isTimestamp(v.updatedAt)) return 'updatedAt';
    if (v.slide === undefined) return { updatedAt: v.updatedAt };
    return isWellFormedId(v.slide) ? { updatedAt: v.updatedAt, slide: v.slide } : 'slide';
  },
};

/**
 * Rebuilds a current-version document from untrusted data, keeping every well-formed entry and listing the rest.
 * Returns null when the value is not a current-version progress document at all.
 */
export function sanitizeDocument(value: unknown): { document: ProgressDocument; dropped: DroppedEntry[] } | null {
  if (!isPlainObject(value) || value.version !== PROGRESS_VERSION) return null;
  const document = emptyDocument();
  const dropped: DroppedEntry[] = [];
  for (const section of sectionNames) {
    const raw = Object.hasOwn(value, section) ? value[section] : undefined;
    if (raw === undefined) continue;
    if (!isPlainObject(raw)) {
      dropped.push({ section, id: '*', reason: 'not an object' });
      continue;
    }
    const target = document[section] as Section<unknown>;
    let kept = 0;
    for (const id of Object.keys(raw)) {
      const entry = raw[id];
      const result = !isWellFormedId(id) ? 'id' : !isPlainObject(entry) ? 'not an object' : kept >= MAX_ENTRIES ? 'too many entries' : readers[section](entry);
      if (typeof result === 'string') dropped.push({ section, id: isWellFormedId(id) ? id : JSON.stringify(id).slice(0, 60), reason: result });
      else {
        target[id] = result;
        kept += 1;
      }
    }
  }
  return { document, dropped };
}

/** A deep copy with null-prototype sections (for handing state out or taking a snapshot). */
export function cloneDocument(document: ProgressDocument): ProgressDocument {
  return sanitizeDocument(JSON.parse(JSON.stringify(document)))!.document;
}
