import { pageProgressStore } from '../progress/page-store.ts';
import { quizRetried } from '../progress/quiz-attempt.ts';
import { part } from '../../ui/dom.ts';
import type { Island } from '../../ui/island.ts';
import { scoreQuiz } from './quiz.ts';
import { firstTryText, scoreText } from './view.ts';

/** Immediate feedback and a running score for one quiz; in a deck, one question at a time. */
export function start({ host: quiz, t }: Island): void {
  const questions = [...quiz.querySelectorAll<HTMLFieldSetElement>('.quiz-question')];
  const correct = questions.map((q) => Number(q.dataset.correct));
  const choices: Array<number | undefined> = questions.map(() => undefined);
  const score = part(quiz, '.quiz-score');
  const store = pageProgressStore();
  const id = quiz.dataset.quiz!;

  const choose = (question: HTMLFieldSetElement, i: number, choice: number) => {
    choices[i] = choice;
    const right = choice === correct[i];
    question.dataset.state = right ? 'correct' : 'wrong';
    for (const explanation of question.querySelectorAll<HTMLElement>('.quiz-explanation')) {
      const shown = Number(explanation.dataset.option) === choice;
      explanation.hidden = !shown;
      if (shown) explanation.dataset.verdict = t(right ? 'quiz.correct' : 'quiz.wrong');
    }
    return scoreQuiz(correct, choices);
  };

  // The score now and, once a question was answered again differently, the first attempt's score the store keeps.
  const showScore = () => {
    const result = scoreQuiz(correct, choices);
    const saved = store.getQuiz(id);
    const now = scoreText(result, t);
    score.textContent = saved && quizRetried(saved) ? `${now} · ${firstTryText(saved.first.correct, result.total, t)}` : now;
  };

  // Answers saved earlier (this or another visit) come back selected, with their feedback and the score.
  const saved = store.getQuiz(id);
  if (saved && saved.total === questions.length) {
    saved.answers.forEach((choice, i) => {
      const input = choice === null ? null : questions[i].querySelector<HTMLInputElement>(`input[value="${choice}"]`);
      if (input) {
        input.checked = true;
        choose(questions[i], i, choice!);
      }
    });
    showScore();
  }

  questions.forEach((question, i) => {
    question.addEventListener('change', (event) => {
      const result = choose(question, i, Number((event.target as HTMLInputElement).value));
      store.saveQuiz(id, choices.map((c) => c ?? null), result.correct, result.total, choices.map((c, j) => c === correct[j]));
      showScore();
      // Read by the workshop island when a workshop server serves the page (src/features/workshop).
      quiz.dispatchEvent(new CustomEvent('quiz-answered', { bubbles: true, detail: { quiz: id, ...result } }));
    });
  });

  if (quiz.dataset.mode === 'deck') {
    // The first question already shows (Quiz.astro); the buttons step through the rest.
    let current = 0;
    const show = (index: number) => {
      current = Math.max(0, Math.min(questions.length - 1, index));
      questions.forEach((q, i) => (q.hidden = i !== current));
    };
    for (const button of quiz.querySelectorAll<HTMLButtonElement>('[data-quiz-step]')) {
      button.addEventListener('click', () => show(current + Number(button.dataset.quizStep)));
    }
  }
}
