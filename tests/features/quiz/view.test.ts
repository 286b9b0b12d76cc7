import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../../../src/features/quiz/quiz.ts';
import { questionsView, scoreText } from '../../../src/features/quiz/view.ts';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);
const question: QuizQuestion = {
  prompt: 'What does `unshare` <do>?',
  options: [
    { text: 'Creates namespaces', correct: true, explanation: 'Yes.' },
    { text: 'Nothing', explanation: 'It does.' },
  ],
};

describe('quiz view', () => {
  it('draws each question with its options and hidden explanations; backticks become <code>, markup stays text', () => {
    const [markup] = questionsView('ns', [question], false, t).map(toMarkup);
    expect(markup).toMatch(/^<fieldset class="quiz-question" data-question="0" data-correct="0"><legend><span class="quiz-number">Question 1 of 1\.<\/span> What does <code>unshare<\/code> &lt;do&gt;\?<\/legend>/);
    expect(markup).toContain('<input type="radio" name="quiz-ns-0" value="1">');
    expect(markup).toContain('<p class="quiz-explanation" data-option="1" hidden>It does.</p>');
  });

  it('in a deck, shows only the first question at first', () => {
    const opening = questionsView('ns', [question, question, question], true, t).map((view) => /^<fieldset[^>]*>/.exec(toMarkup(view))![0]);
    expect(opening.map((tag) => tag.endsWith(' hidden>'))).toEqual([false, true, true]);
  });

  it('writes the score line', () => {
    expect(scoreText({ correct: 1, answered: 2, total: 3 }, t)).toBe('1 of 3 correct (2 answered)');
  });
});
