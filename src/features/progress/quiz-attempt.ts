/** A quiz's first attempt: the store keeps it through retries, the quiz and the progress page show it. */
import type { FirstAttempt, QuizRecord } from './schema.ts';

/**
 * A quiz's first attempt after a save: a question's first answer is kept once given, and a question answered for the
 * first time adds one if it is right. A quiz whose number of questions changed starts a new first attempt.
 */
export function keepFirstAttempt(previous: FirstAttempt | undefined, answers: (number | null)[], right: boolean[]): FirstAttempt {
  const before = previous && previous.answers.length === answers.length ? previous : { answers: answers.map(() => null), correct: 0 };
  let correct = before.correct;
  const kept = answers.map((answer, i) => {
    if (before.answers[i] !== null) return before.answers[i];
    if (answer !== null && right[i]) correct += 1;
    return answer;
  });
  return { answers: kept, correct };
}

/** Some question was answered again differently: the first attempt is worth showing next to the score now. */
export const quizRetried = (quiz: QuizRecord): boolean =>
  quiz.first.answers.some((answer, i) => answer !== null && answer !== quiz.answers[i]);
