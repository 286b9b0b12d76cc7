import { scoreQuiz } from '../utils/quiz.ts';

/** Gives each quiz on the page immediate feedback and a running score; in a deck, one question at a time. */
export function startQuizzes(): void {
  for (const quiz of document.querySelectorAll<HTMLElement>('.quiz:not([data-ready])')) {
    quiz.dataset.ready = '';
    const questions = [...quiz.querySelectorAll<HTMLFieldSetElement>('.quiz-question')];
    const correct = questions.map((q) => Number(q.dataset.correct));
    const choices: Array<number | undefined> = questions.map(() => undefined);
    const score = quiz.querySelector<HTMLElement>('.quiz-score')!;
    const fill = (template: string, vars: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

    questions.forEach((question, i) => {
      question.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        const choice = Number(input.value);
        choices[i] = choice;
        const right = choice === correct[i];
        question.dataset.state = right ? 'correct' : 'wrong';
        for (const explanation of question.querySelectorAll<HTMLElement>('.quiz-explanation')) {
          const shown = Number(explanation.dataset.option) === choice;
          explanation.hidden = !shown;
          if (shown) explanation.dataset.verdict = right ? quiz.dataset.textCorrect! : quiz.dataset.textWrong!;
        }
        const result = scoreQuiz(correct, choices);
        score.textContent = fill(quiz.dataset.textScore!, { correct: result.correct, answered: result.answered, total: result.total });
      });
    });

    if (quiz.dataset.mode === 'deck') {
      let current = 0;
      const show = (index: number) => {
        current = Math.max(0, Math.min(questions.length - 1, index));
        questions.forEach((q, i) => (q.hidden = i !== current));
      };
      for (const button of quiz.querySelectorAll<HTMLButtonElement>('[data-quiz-step]')) {
        button.addEventListener('click', () => show(current + Number(button.dataset.quizStep)));
      }
      show(0);
    }
  }
}
