// The progress page's lists, as the build renders them for an empty document and the client redraws them.
import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import { emptyDocument } from '../../../src/features/progress/schema.ts';
import { completionViews, lessonItems, otherItems, summaryLine, titleOf, type LessonRow, type SavedTitles } from '../../../src/features/progress/page/view.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);
const lessons: LessonRow[] = [
  { slug: 'history', title: 'History', href: '/en/history/', quizzes: [], exercises: [], labs: [] },
  { slug: 'images', title: 'Images', href: '/en/images/', quizzes: ['images'], exercises: [{ id: 'pin-base-image', title: 'Pin the base image' }], labs: [] },
];
const titles: SavedTitles = {
  lessons: { history: 'History', images: 'Images' },
  visits: { history: 'History', images: 'Images' },
  quizzes: { images: 'Images' },
  exercises: { 'pin-base-image': 'Pin the base image' },
  labs: { cgroups: 'cgroups: set a memory limit' },
  editors: { 'exercise:pin-base-image': 'Pin the base image' },
};
const at = '2026-03-01T10:00:00.000Z';

describe('progress page view', () => {
  it('renders every lesson not done, quizzes not started and exercises not started, for an empty document', () => {
    const doc = emptyDocument();
    expect(summaryLine(lessons, doc, t)).toBe('0 of 2 lessons done');
    const markup = lessonItems(lessons, doc, t).map(toMarkup).join('');
    expect(markup).not.toContain('data-done');
    expect(markup).toContain('<li data-exercise="pin-base-image" data-status="not-started">');
    expect(markup).toContain('Quiz “Images”: not answered yet');
    expect(otherItems(lessons, doc, titles, t).map(toMarkup)).toEqual([`<li>${en['progress.nothingElse']}</li>`]);
  });

  it('marks what the document holds, and lists saved work of lessons not in this build under "other"', () => {
    const doc = emptyDocument();
    doc.lessons.history = { completedAt: at };
    doc.exercises['pin-base-image'] = { status: 'passed', score: 100, hintsShown: 0, solutionShown: false, updatedAt: at };
    doc.exercises['from-later'] = { status: 'in-progress', score: 0, hintsShown: 0, solutionShown: false, updatedAt: at };
    doc.labs.cgroups = { stepsDone: ['create'], updatedAt: at };
    expect(summaryLine(lessons, doc, t)).toBe('1 of 2 lessons done');
    const [history, images] = lessonItems(lessons, doc, t).map(toMarkup);
    expect(history).toContain('data-done');
    expect(images).toContain('data-status="passed"');
    expect(otherItems(lessons, doc, titles, t).map(toMarkup)).toEqual(['<li>Exercise “from-later”: in progress</li>', '<li>Lab “cgroups: set a memory limit”: 1 steps done</li>']);
  });

  it('names saved work by title; an id this build does not know shows without its section prefix', () => {
    expect(titleOf(titles, 'editors', 'exercise:pin-base-image')).toBe('Pin the base image');
    expect(titleOf(titles, 'editors', 'exercise:from-later')).toBe('from-later');
    expect(titleOf(titles, 'quizzes', 'images')).toBe('Images');
    expect(titleOf(titles, 'lessons', '__proto__')).toBe('__proto__');
  });

  it('sums up what was completed, with exercise scores, first-try quiz scores and labs, and says when the course is complete', () => {
    const withLab: LessonRow[] = [...lessons, { slug: 'cgroups', title: 'Cgroups', href: '/en/cgroups/', quizzes: ['images'], exercises: [], labs: [{ id: 'cgroups', title: 'Lab: limits', steps: ['a', 'b'] }] }];
    const doc = emptyDocument();
    doc.exercises['pin-base-image'] = { status: 'passed', score: 80, hintsShown: 0, solutionShown: false, updatedAt: at };
    doc.quizzes.images = { answers: [0, 1, 2], correct: 3, total: 3, first: { answers: [0, 0, 2], correct: 2 }, updatedAt: at };
    doc.labs.cgroups = { stepsDone: ['a', 'b'], updatedAt: at };
    const text = (views: ReturnType<typeof completionViews>) => views.map(toMarkup).join('');
    const partial = text(completionViews(withLab, doc, t));
    expect(partial).toContain(en['progress.completionTitle']);
    expect(partial).toContain('1 of 1 exercises passed (average score 80%)');
    expect(partial).toContain('1 of 1 quizzes answered (2 of 3 questions right at the first try)');
    expect(partial).toContain('1 of 1 Linux labs finished');
    expect(toMarkup(lessonItems(withLab, doc, t)[1])).toContain('Quiz “Images”: first try 2 of 3 right, now 3 of 3');
    expect(toMarkup(lessonItems(withLab, doc, t)[1])).toContain('Exercise “Pin the base image”: passed, score 80%');
    expect(toMarkup(lessonItems(withLab, doc, t)[2])).toContain('<li data-lab="cgroups" data-done>Lab: limits — 2 of 2 steps done</li>');
    expect(otherItems(withLab, doc, titles, t).map(toMarkup)).toEqual([`<li>${en['progress.nothingElse']}</li>`]);
    for (const { slug } of withLab) doc.lessons[slug] = { completedAt: at };
    const complete = text(completionViews(withLab, doc, t));
    expect(complete).toContain(`<h2 data-completion-title>${en['progress.courseComplete']}</h2>`);
    expect(complete).toContain('3 of 3 lessons done');
    // Nothing scored yet: no average of nothing.
    expect(text(completionViews(withLab, emptyDocument(), t))).toContain('<li>0 of 1 exercises passed</li><li>0 of 1 quizzes answered</li>');
  });
});
