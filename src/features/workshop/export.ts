// Results for the instructor's records: JSON in the shape `dfcheck --exercise --format json` gives for several
// files (one "file" per attendee), and CSV with one row per requirement, quiz or lab step.
import type { Latest } from './class-progress.ts';

export interface ExportRoom { title: string; code: string }

export function exportJson(room: ExportRoom, latest: Latest[], nameOf: (attendee: string) => string, now: number) {
  const ofKind = <K extends Latest['body']['kind']>(kind: K) => latest.filter((l): l is Latest & { body: Extract<Latest['body'], { kind: K }> } => l.body.kind === kind);
  return {
    room: { ...room, exportedAt: new Date(now).toISOString() },
    results: ofKind('exercise').map(({ attendee, at, body }) => ({
      file: nameOf(attendee), attendee, lesson: body.lesson, exercise: body.exercise, passed: body.passed, score: body.score, at: new Date(at).toISOString(),
      requirements: Object.entries(body.requirements).map(([id, passed]) => ({ id, passed })),
    })),
    quizzes: ofKind('quiz').map(({ attendee, body }) => ({ name: nameOf(attendee), attendee, lesson: body.lesson, quiz: body.quiz, correct: body.correct, answered: body.answered, total: body.total })),
    labs: ofKind('lab').map(({ attendee, body }) => ({ name: nameOf(attendee), attendee, lesson: body.lesson, lab: body.lab, step: body.step })),
  };
}

export const CSV_HEADER = ['name', 'attendee', 'kind', 'lesson', 'item', 'detail', 'passed', 'score'];

export function exportCsv(latest: Latest[], nameOf: (attendee: string) => string): string {
  const rows: unknown[][] = [CSV_HEADER];
  for (const { attendee, body } of latest) {
    const name = nameOf(attendee);
    if (body.kind === 'exercise') {
      for (const [id, passed] of Object.entries(body.requirements)) rows.push([name, attendee, 'requirement', body.lesson, body.exercise, id, passed, body.score]);
    } else if (body.kind === 'quiz') {
      rows.push([name, attendee, 'quiz', body.lesson, body.quiz, `${body.answered}/${body.total} answered`, body.answered === body.total, Math.round((100 * body.correct) / Math.max(1, body.total))]);
    } else {
      rows.push([name, attendee, 'lab-step', body.lesson, body.lab, body.step, true, '']);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs a name as a formula. */
export function csvCell(value: unknown): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
