/** Quiz data as lessons write it in MDX, and the pure logic the quiz island and tests share. */
export interface QuizOption {
  text: string;
  correct?: boolean;
  explanation: string;
}
export interface QuizQuestion {
  prompt: string;
  options: QuizOption[];
}

/** Authoring mistakes, phrased for the lesson author; empty when the quiz is well-formed. */
export function quizProblems(id: string, questions: QuizQuestion[]): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9-]+$/.test(id)) problems.push(`quiz id "${id}" must be lowercase words joined by hyphens`);
  if (!Array.isArray(questions) || questions.length < 3 || questions.length > 6) {
    problems.push(`quiz "${id}" needs 3 to 6 questions, has ${Array.isArray(questions) ? questions.length : 'none'}`);
    return problems;
  }
  questions.forEach((question, i) => {
    const where = `quiz "${id}" question ${i + 1}`;
    if (!question.prompt?.trim()) problems.push(`${where} has no prompt`);
    if (!Array.isArray(question.options) || question.options.length < 2) {
      problems.push(`${where} needs at least 2 options`);
      return;
    }
    const correct = question.options.filter((o) => o.correct === true).length;
    if (correct !== 1) problems.push(`${where} needs exactly one correct option, has ${correct}`);
    question.options.forEach((option, j) => {
      if (!option.text?.trim()) problems.push(`${where} option ${j + 1} has no text`);
      if (!option.explanation?.trim()) problems.push(`${where} option ${j + 1} has no explanation`);
    });
  });
  return problems;
}

export const correctIndex = (question: QuizQuestion): number => question.options.findIndex((o) => o.correct === true);

export interface QuizScore {
  answered: number;
  correct: number;
  total: number;
}

/** Score from the chosen option index per question (undefined = not answered yet). */
export function scoreQuiz(correctIndices: number[], choices: Array<number | undefined>): QuizScore {
  let answered = 0;
  let correct = 0;
  correctIndices.forEach((right, i) => {
    const choice = choices[i];
    if (choice === undefined) return;
    answered += 1;
    if (choice === right) correct += 1;
  });
  return { answered, correct, total: correctIndices.length };
}

/** Splits plain text on backticks so `code` can render as <code> without ever parsing HTML. */
export function inlineCodeParts(text: string): Array<{ code: boolean; text: string }> {
  return text.split('`').map((part, i) => ({ code: i % 2 === 1, text: part })).filter((p) => p.text !== '');
}
