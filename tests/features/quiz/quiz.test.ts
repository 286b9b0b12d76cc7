import { describe, expect, it } from 'vitest';
import { correctIndex, inlineCodeParts, quizProblems, scoreQuiz, type QuizQuestion } from '../../../src/features/quiz/quiz.ts';

const question = (correct = 0): QuizQuestion => ({
  prompt: 'Which namespace holds the hostname?',
  options: ['UTS', 'PID', 'IPC'].map((text, i) => ({ text, correct: i === correct || undefined, explanation: `Because ${text}.` })),
});

describe('quiz scoring', () => {
  it('counts answered and correct questions', () => {
    expect(scoreQuiz([0, 2, 1], [0, 1, undefined])).toEqual({ answered: 2, correct: 1, total: 3 });
    expect(scoreQuiz([0, 2, 1], [0, 2, 1])).toEqual({ answered: 3, correct: 3, total: 3 });
    expect(scoreQuiz([0, 2, 1], [])).toEqual({ answered: 0, correct: 0, total: 3 });
  });
  it('finds the correct option', () => {
    expect(correctIndex(question(2))).toBe(2);
  });
});

describe('quiz authoring checks', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizProblems('namespaces', [question(), question(1), question(2)])).toEqual([]);
  });
  it('rejects too few or too many questions', () => {
    expect(quizProblems('q', [question(), question()])).toEqual(['quiz "q" needs 3 to 6 questions, has 2']);
    expect(quizProblems('q', Array.from({ length: 7 }, () => question()))[0]).toMatch(/has 7/);
  });
  it('needs exactly one correct option and an explanation for every option', () => {
    const twoCorrect = question();
    twoCorrect.options[1].correct = true;
    const noExplanation = question();
    noExplanation.options[2].explanation = ' ';
    expect(quizProblems('q', [question(), twoCorrect, noExplanation])).toEqual([
      'quiz "q" question 2 needs exactly one correct option, has 2',
      'quiz "q" question 3 option 3 has no explanation',
    ]);
  });
  it('rejects an id that is not a slug', () => {
    expect(quizProblems('Quiz 1', [question(), question(), question()])).toEqual(['quiz id "Quiz 1" must be lowercase words joined by hyphens']);
  });
});

describe('inline code in quiz text', () => {
  it('splits on backticks without interpreting HTML', () => {
    expect(inlineCodeParts('Run `unshare -u` then <b>look</b>')).toEqual([
      { code: false, text: 'Run ' },
      { code: true, text: 'unshare -u' },
      { code: false, text: ' then <b>look</b>' },
    ]);
  });
});
