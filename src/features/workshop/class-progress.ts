// The class's progress from the attendees' reports: per exercise how many met each requirement, who is stuck and
// on what, and a heat map lesson × attendee. The server keeps one per room; the dashboard replays the same reports
// into its own copy, so both always agree. Pure: time comes in as numbers.
import type { Report, RosterEntry } from './protocol.ts';

interface ExerciseState { lesson: string; requirements: Record<string, boolean>; score: number; passed: boolean; changedAt: number; at: number }
interface QuizState { lesson: string; correct: number; answered: number; total: number; at: number }
interface AttendeeState { exercises: Map<string, ExerciseState>; quizzes: Map<string, QuizState>; labs: Map<string, { lesson: string; steps: Set<string> }> }

export interface ExerciseSummary { exercise: string; lesson: string; attempted: number; passed: number; requirements: { id: string; met: number }[] }
export interface Stuck { attendee: string; name: string; exercise: string; unmet: string[]; minutes: number }
export interface HeatMap { lessons: string[]; rows: { attendee: string; name: string; cells: (number | null)[] }[] }
export interface Dashboard { attendees: number; sharing: number; exercises: ExerciseSummary[]; stuck: Stuck[]; heat: HeatMap }

/** One attendee's latest state of one item, as a report: what a snapshot carries and an export lists. */
export interface Latest { attendee: string; at: number; body: Report }

export class ClassProgress {
  private readonly attendees = new Map<string, AttendeeState>();
  private readonly names = new Map<string, string>();

  private readonly lessonOrder: string[];

  constructor(lessonOrder: string[] = []) {
    this.lessonOrder = lessonOrder;
  }

  setRoster(roster: RosterEntry[]): void {
    this.names.clear();
    for (const entry of roster) this.names.set(entry.id, entry.name);
  }

  forget(attendee: string): void {
    this.attendees.delete(attendee);
    this.names.delete(attendee);
  }

  add(attendee: string, at: number, report: Report): void {
    let state = this.attendees.get(attendee);
    if (!state) this.attendees.set(attendee, (state = { exercises: new Map(), quizzes: new Map(), labs: new Map() }));
    if (report.kind === 'exercise') {
      const before = state.exercises.get(report.exercise);
      const same = before && JSON.stringify(before.requirements) === JSON.stringify(report.requirements);
      if (before && before.at > at) return;
      state.exercises.set(report.exercise, {
        lesson: report.lesson, requirements: report.requirements, score: report.score, passed: report.passed, at,
        changedAt: same ? before.changedAt : at,
      });
    } else if (report.kind === 'quiz') {
      const before = state.quizzes.get(report.quiz);
      if (!before || before.at <= at) state.quizzes.set(report.quiz, { lesson: report.lesson, correct: report.correct, answered: report.answered, total: report.total, at });
    } else {
      const lab = state.labs.get(report.lab) ?? { lesson: report.lesson, steps: new Set<string>() };
      lab.steps.add(report.step);
      state.labs.set(report.lab, lab);
    }
  }

  /** Every attendee's latest state per item, as reports (lab steps one report each). */
  latest(): Latest[] {
    const out: Latest[] = [];
    for (const [attendee, state] of this.attendees) {
      for (const [exercise, e] of state.exercises) out.push({ attendee, at: e.at, body: { kind: 'exercise', lesson: e.lesson, exercise, requirements: e.requirements, score: e.score, passed: e.passed } });
      for (const [quiz, q] of state.quizzes) out.push({ attendee, at: q.at, body: { kind: 'quiz', lesson: q.lesson, quiz, correct: q.correct, answered: q.answered, total: q.total } });
      for (const [lab, l] of state.labs) for (const step of l.steps) out.push({ attendee, at: 0, body: { kind: 'lab', lesson: l.lesson, lab, step } });
    }
    return out;
  }

  nameOf(attendee: string): string {
    return this.names.get(attendee) ?? '?';
  }

  view(now: number, stuckMinutes: number): Dashboard {
    const exercises = new Map<string, { lesson: string; attempted: number; passed: number; met: Map<string, number> }>();
    const stuck: Stuck[] = [];
    const items = new Map<string, Set<string>>(); // lesson → every item anyone reported there
    const seen = (lesson: string, item: string) => (items.get(lesson) ?? items.set(lesson, new Set()).get(lesson)!).add(item);
    const present = [...this.attendees].filter(([id]) => this.names.has(id));
    for (const [attendee, state] of present) {
      for (const [id, e] of state.exercises) {
        const summary = exercises.get(id) ?? { lesson: e.lesson, attempted: 0, passed: 0, met: new Map<string, number>() };
        summary.attempted++;
        if (e.passed) summary.passed++;
        for (const [requirement, met] of Object.entries(e.requirements)) summary.met.set(requirement, (summary.met.get(requirement) ?? 0) + (met ? 1 : 0));
        exercises.set(id, summary);
        seen(e.lesson, `e:${id}`);
        const minutes = (now - e.changedAt) / 60000;
        if (!e.passed && minutes >= stuckMinutes) {
          stuck.push({ attendee, name: this.nameOf(attendee), exercise: id, unmet: Object.keys(e.requirements).filter((r) => !e.requirements[r]), minutes: Math.floor(minutes) });
        }
      }
      for (const [id, q] of state.quizzes) seen(q.lesson, `q:${id}`);
      for (const [id, l] of state.labs) for (const step of l.steps) seen(l.lesson, `l:${id}:${step}`);
    }
    const lessons = [...this.lessonOrder.filter((l) => items.has(l)), ...[...items.keys()].filter((l) => !this.lessonOrder.includes(l))];
    const rows = present.map(([attendee, state]) => ({
      attendee,
      name: this.nameOf(attendee),
      cells: lessons.map((lesson) => {
        let done = 0;
        let any = false;
        for (const e of state.exercises.values()) if (e.lesson === lesson) { any = true; if (e.passed) done++; }
        for (const q of state.quizzes.values()) if (q.lesson === lesson) { any = true; if (q.answered === q.total) done++; }
        for (const l of state.labs.values()) if (l.lesson === lesson) { any = true; done += l.steps.size; }
        return any ? Math.min(1, done / items.get(lesson)!.size) : null;
      }),
    }));
    return {
      attendees: this.names.size,
      sharing: present.length,
      exercises: [...exercises].map(([exercise, s]) => ({ exercise, lesson: s.lesson, attempted: s.attempted, passed: s.passed, requirements: [...s.met].map(([id, met]) => ({ id, met })) })),
      stuck: stuck.sort((a, b) => b.minutes - a.minutes),
      heat: { lessons, rows: rows.sort((a, b) => a.name.localeCompare(b.name)) },
    };
  }
}
