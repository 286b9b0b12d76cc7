// Turns what the learner does on the page into reports for the class: the exercise island, the quizzes and the
// Linux labs each announce their results with a DOM event; only an attendee who chose to share sends them.
import type { Report } from '../protocol.ts';

export interface ExerciseGraded { exercise: string; grade: { passed: boolean; score: number; requirements: { id: string; passed: boolean }[] } }
export interface QuizAnswered { quiz: string; correct: number; answered: number; total: number }
export interface LabStepDone { lab: string; step: string }

/** The lesson a page belongs to: its slug, from /<lang>/<slug>/ or /<lang>/<slug>/slides/. */
export function lessonOfPath(pathname: string): string {
  return pathname.split('/').filter(Boolean)[1] ?? 'home';
}

export function watchResults(send: (report: Report) => void): void {
  const lesson = lessonOfPath(location.pathname);
  document.addEventListener('exercise-graded', (event) => {
    const { exercise, grade } = (event as CustomEvent<ExerciseGraded>).detail;
    const requirements = Object.fromEntries(grade.requirements.map((r) => [r.id, r.passed]));
    send({ kind: 'exercise', lesson, exercise, requirements, score: Math.round(grade.score), passed: grade.passed });
  });
  document.addEventListener('quiz-answered', (event) => {
    const { quiz, correct, answered, total } = (event as CustomEvent<QuizAnswered>).detail;
    send({ kind: 'quiz', lesson, quiz, correct, answered, total });
  });
  document.addEventListener('lab-step-done', (event) => {
    const { lab, step } = (event as CustomEvent<LabStepDone>).detail;
    send({ kind: 'lab', lesson, lab, step });
  });
}
