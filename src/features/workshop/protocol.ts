// The workshop's wire format, shared by the server and the browser: limits, shapes, and validators that turn
// untrusted JSON into typed values or a reason. Nothing here touches the DOM, the network or the database.

export const LIMITS = {
  /** Bytes of one request body; bigger bodies are refused with 413 before they are parsed. */
  bodyBytes: 16 * 1024,
  nameChars: 40,
  titleChars: 80,
  idChars: 64,
  promptChars: 500,
  optionChars: 300,
  options: 8,
  requirements: 32,
  lessons: 64,
  /** Reports one attendee may send in one POST (a replayed offline queue arrives in batches). */
  batch: 50,
  attendeesPerRoom: 2000,
} as const;

export type ReportKind = 'exercise' | 'quiz' | 'lab';

export interface ExerciseReport {
  kind: 'exercise';
  lesson: string;
  exercise: string;
  /** Requirement id → met. */
  requirements: Record<string, boolean>;
  score: number;
  passed: boolean;
}
export interface QuizReport { kind: 'quiz'; lesson: string; quiz: string; correct: number; answered: number; total: number }
export interface LabReport { kind: 'lab'; lesson: string; lab: string; step: string }
export type Report = ExerciseReport | QuizReport | LabReport;

/** A report as the attendee's outbox sends it: `seq` numbers them per attendee so a replay is applied once. */
export interface Sent<T> { seq: number; at: number; body: T }

/** Where the presenter is: the deck's indices, and the slide's id (`slide-3-1`) so a reading page can link to it. */
export interface Position { lesson: string; h: number; v: number; f: number; slide: string }

export interface PollOpen { quiz: string; question: number; prompt: string; options: string[]; correct: number; explanation: string }

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: string): Result<T> => ({ ok: false, error });

// Ids name lessons, exercises, requirements, quizzes and lab steps: the slugs the course already uses.
const ID = /^[a-z0-9][a-z0-9._-]*$/i;
// C0/C1 controls, bidi overrides and isolates, zero-width and line separators: a name must read as it prints.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.idChars && ID.test(value);
}

/** A display name: trimmed, 1–40 characters, no control or direction-changing characters, no markup brackets. */
export function validName(value: unknown): Result<string> {
  if (typeof value !== 'string') return fail('name must be a string');
  const name = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!name) return fail('name is empty');
  if ([...name].length > LIMITS.nameChars) return fail(`name is longer than ${LIMITS.nameChars} characters`);
  if (UNSAFE_CHARS.test(name)) return fail('name contains control or direction characters');
  if (/[<>]/.test(name)) return fail('name contains < or >');
  return ok(name);
}

export function validText(value: unknown, max: number, field: string): Result<string> {
  if (typeof value !== 'string') return fail(`${field} must be a string`);
  if (value.length > max) return fail(`${field} is longer than ${max} characters`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) return fail(`${field} contains control characters`);
  return ok(value);
}

const isCount = (value: unknown, max = 1e6): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

export function validReport(value: unknown): Result<Report> {
  if (!isRecord(value)) return fail('report must be an object');
  if (!isId(value.lesson)) return fail('lesson must be an id');
  const lesson = value.lesson;
  switch (value.kind) {
    case 'exercise': {
      if (!isId(value.exercise)) return fail('exercise must be an id');
      if (!isRecord(value.requirements)) return fail('requirements must be an object');
      const entries = Object.entries(value.requirements);
      if (entries.length > LIMITS.requirements) return fail('too many requirements');
      if (!entries.every(([id, met]) => isId(id) && typeof met === 'boolean')) return fail('requirements must map ids to booleans');
      if (!isCount(value.score, 100)) return fail('score must be 0–100');
      if (typeof value.passed !== 'boolean') return fail('passed must be a boolean');
      return ok({ kind: 'exercise', lesson, exercise: value.exercise, requirements: Object.fromEntries(entries) as Record<string, boolean>, score: value.score, passed: value.passed });
    }
    case 'quiz': {
      if (!isId(value.quiz)) return fail('quiz must be an id');
      if (!isCount(value.total, 50) || !isCount(value.correct, value.total) || !isCount(value.answered, value.total)) return fail('quiz counts are invalid');
      return ok({ kind: 'quiz', lesson, quiz: value.quiz, correct: value.correct, answered: value.answered, total: value.total });
    }
    case 'lab': {
      if (!isId(value.lab) || !isId(value.step)) return fail('lab and step must be ids');
      return ok({ kind: 'lab', lesson, lab: value.lab, step: value.step });
    }
    default:
      return fail('kind must be exercise, quiz or lab');
  }
}

/** A batch from the outbox: strictly increasing sequence numbers, each with a valid report. */
export function validBatch(value: unknown): Result<Sent<Report>[]> {
  if (!isRecord(value) || !Array.isArray(value.reports)) return fail('body must be { reports: [...] }');
  if (value.reports.length > LIMITS.batch) return fail(`at most ${LIMITS.batch} reports per request`);
  const out: Sent<Report>[] = [];
  for (const item of value.reports) {
    if (!isRecord(item) || !isCount(item.seq, Number.MAX_SAFE_INTEGER) || item.seq < 1) return fail('seq must be a positive integer');
    if (out.length && item.seq <= out[out.length - 1].seq) return fail('seq must increase');
    if (!isCount(item.at, Number.MAX_SAFE_INTEGER)) return fail('at must be a time in ms');
    const report = validReport(item.body);
    if (!report.ok) return report;
    out.push({ seq: item.seq, at: item.at, body: report.value });
  }
  return ok(out);
}

export function validPosition(value: unknown): Result<Position> {
  if (!isRecord(value) || !isId(value.lesson)) return fail('lesson must be an id');
  if (!isCount(value.h, 10000) || !isCount(value.v, 10000) || !(Number.isInteger(value.f) && (value.f as number) >= -1 && (value.f as number) <= 1000)) return fail('h, v, f must be slide indices');
  const slide = value.slide === undefined || value.slide === '' ? '' : value.slide;
  if (slide !== '' && !isId(slide)) return fail('slide must be an id');
  return ok({ lesson: value.lesson, h: value.h, v: value.v, f: value.f as number, slide: slide as string });
}

export function validPoll(value: unknown): Result<PollOpen> {
  if (!isRecord(value) || !isId(value.quiz) || !isCount(value.question, 50)) return fail('quiz and question are required');
  const prompt = validText(value.prompt, LIMITS.promptChars, 'prompt');
  if (!prompt.ok) return prompt;
  if (!Array.isArray(value.options) || value.options.length < 2 || value.options.length > LIMITS.options) return fail(`2–${LIMITS.options} options`);
  const options: string[] = [];
  for (const option of value.options) {
    const text = validText(option, LIMITS.optionChars, 'option');
    if (!text.ok) return text;
    options.push(text.value);
  }
  if (!isCount(value.correct, options.length - 1)) return fail('correct must index an option');
  const explanation = validText(value.explanation ?? '', LIMITS.promptChars, 'explanation');
  if (!explanation.ok) return explanation;
  return ok({ quiz: value.quiz, question: value.question, prompt: prompt.value, options, correct: value.correct, explanation: explanation.value });
}

export function validLessons(value: unknown): Result<string[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value) || value.length > LIMITS.lessons || !value.every(isId)) return fail(`lessons must be up to ${LIMITS.lessons} ids`);
  return ok([...new Set(value as string[])]);
}

/** What the server sends on the live stream (SSE `event:` names). */
export type LiveEvent =
  | { type: 'snapshot'; data: unknown }
  | { type: 'presenter'; data: Position }
  | { type: 'poll'; data: PublicPoll | null }
  | { type: 'report'; data: { attendee: string; at: number; body: Report } }
  | { type: 'roster'; data: { attendees: RosterEntry[] } }
  | { type: 'removed'; data: Record<string, never> }
  | { type: 'closed'; data: Record<string, never> };

export interface RosterEntry { id: string; name: string; joinedAt: number; sharing: boolean }

/** A poll as attendees see it: the answer and explanation only once revealed. */
export interface PublicPoll {
  id: string;
  quiz: string;
  question: number;
  prompt: string;
  options: string[];
  counts: number[];
  revealed: boolean;
  correct?: number;
  explanation?: string;
  /** The asking attendee's own choice (attendee streams only). */
  mine?: number;
}
