// The progress page's lists, as the build renders them for an empty document and the client redraws them.
import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import { emptyDocument } from '../../../src/features/progress/schema.ts';
import { lessonItems, otherItems, summaryLine, type LessonRow } from '../../../src/features/progress/page/view.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);
const lessons: LessonRow[] = [
  { slug: 'history', title: 'History', href: '/en/history/', quizzes: [], exercises: [] },
  { slug: 'images', title: 'Images', href: '/en/images/', quizzes: ['images'], exercises: [{ id: 'pin-base-image', title: 'Pin the base image' }] },
];
const at = '2026-03-01T10:00:00.000Z';

describe('progress page view', () => {
  it('renders every lesson not done, quizzes not started and exercises not started, for an empty document', () => {
    const doc = emptyDocument();
    expect(summaryLine(lessons, doc, t)).toBe('0 of 2 lessons done');
    const markup = lessonItems(lessons, doc, t).map(toMarkup).join('');
    expect(markup).not.toContain('data-done');
    expect(markup).toContain('<li data-exercise="pin-base-image" data-status="not-started">');
    expect(otherItems(lessons, doc, t).map(toMarkup)).toEqual([`<li>${en['progress.nothingElse']}</li>`]);
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
    expect(otherItems(lessons, doc, t).map(toMarkup)).toEqual(['<li>Exercise “from-later”: in progress</li>', '<li>Lab “cgroups”: 1 steps done</li>']);
  });
});
