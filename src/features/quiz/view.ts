// The quiz as drawn at build time (Quiz.astro) and the parts the client redraws, from one set of functions.
import { h, type View } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';
import { correctIndex, inlineCodeParts, type QuizQuestion, type QuizScore } from './quiz.ts';

/** One fieldset per question; in a deck only the first shows until the learner steps on. */
export function questionsView(id: string, questions: QuizQuestion[], inDeck: boolean, t: Translate): View[] {
  return questions.map((question, i) =>
    h('fieldset', { class: 'quiz-question', 'data-question': i, 'data-correct': correctIndex(question), hidden: inDeck && i > 0 },
      h('legend', {},
        h('span', { class: 'quiz-number' }, t('quiz.question', { n: i + 1, total: questions.length })), ' ',
        ...inlineCode(question.prompt)),
      h('div', { class: 'quiz-options' },
        ...question.options.map((option, j) =>
          h('label', { class: 'quiz-option' },
            h('input', { type: 'radio', name: `quiz-${id}-${i}`, value: j }),
            h('span', {}, ...inlineCode(option.text))))),
      h('div', { class: 'quiz-feedback', role: 'status', 'aria-live': 'polite' },
        ...question.options.map((option, j) => h('p', { class: 'quiz-explanation', 'data-option': j, hidden: true }, ...inlineCode(option.explanation)))),
    ),
  );
}

export function scoreText(score: QuizScore, t: Translate): string {
  return t('quiz.score', { correct: score.correct, answered: score.answered, total: score.total });
}

/** The first attempt's score, kept by the progress store when the learner answers again. */
export function firstTryText(correct: number, total: number, t: Translate): string {
  return t('quiz.firstTry', { correct, total });
}

/** Course text with `code` in backticks, as text and <code> (never parsed as HTML). */
function inlineCode(text: string): View[] {
  return inlineCodeParts(text).map((part) => (part.code ? h('code', {}, part.text) : { text: part.text }));
}
