import { describe, expect, it } from 'vitest';
import { ClassProgress } from '../../../src/features/workshop/class-progress.ts';
import { csvCell, exportCsv, exportJson } from '../../../src/features/workshop/export.ts';
import type { Report } from '../../../src/features/workshop/protocol.ts';

const MIN = 60_000;
const exercise = (requirements: Record<string, boolean>, passed = false): Report => ({
  kind: 'exercise', lesson: 'dockerfile-practices', exercise: 'pin-base-image', requirements, score: passed ? 100 : 50, passed,
});

function room() {
  const progress = new ClassProgress(['history', 'dockerfile-practices']);
  progress.setRoster([
    { id: 'a', name: 'Ana', joinedAt: 0, sharing: true },
    { id: 'b', name: 'Bruno', joinedAt: 0, sharing: true },
    { id: 'c', name: 'Chen', joinedAt: 0, sharing: false },
  ]);
  return progress;
}

describe('class progress', () => {
  it('counts per exercise how many met each requirement and how many passed', () => {
    const progress = room();
    progress.add('a', 0, exercise({ tagged: true, 'no-latest': true }, true));
    progress.add('b', 0, exercise({ tagged: false, 'no-latest': true }));
    const view = progress.view(1 * MIN, 10);
    expect(view.exercises).toEqual([
      { exercise: 'pin-base-image', lesson: 'dockerfile-practices', attempted: 2, passed: 1, requirements: [{ id: 'tagged', met: 1 }, { id: 'no-latest', met: 2 }] },
    ]);
    expect(view).toMatchObject({ attendees: 3, sharing: 2 });
  });

  it('calls someone stuck after N minutes without a change in what they met, and says on what', () => {
    const progress = room();
    progress.add('b', 0, exercise({ tagged: false, 'no-latest': true }));
    progress.add('b', 8 * MIN, exercise({ tagged: false, 'no-latest': true }));
    expect(progress.view(9 * MIN, 10).stuck).toEqual([]);
    expect(progress.view(12 * MIN, 10).stuck).toEqual([{ attendee: 'b', name: 'Bruno', exercise: 'pin-base-image', unmet: ['tagged'], minutes: 12 }]);
    progress.add('b', 13 * MIN, exercise({ tagged: true, 'no-latest': false }));
    expect(progress.view(14 * MIN, 10).stuck).toEqual([]);
    progress.add('b', 15 * MIN, exercise({ tagged: true, 'no-latest': true }, true));
    expect(progress.view(60 * MIN, 10).stuck).toEqual([]);
  });

  it('draws a heat map lesson × attendee from exercises, quizzes and lab steps', () => {
    const progress = room();
    progress.add('a', 0, exercise({ tagged: true }, true));
    progress.add('a', 0, { kind: 'quiz', lesson: 'history', quiz: 'q', correct: 2, answered: 3, total: 3 });
    progress.add('b', 0, { kind: 'quiz', lesson: 'history', quiz: 'q', correct: 1, answered: 1, total: 3 });
    const { heat } = progress.view(0, 10);
    expect(heat.lessons).toEqual(['history', 'dockerfile-practices']);
    expect(heat.rows).toEqual([
      { attendee: 'a', name: 'Ana', cells: [1, 1] },
      { attendee: 'b', name: 'Bruno', cells: [0, null] },
    ]);
  });

  it('ignores an older report arriving after a newer one, and forgets a removed attendee', () => {
    const progress = room();
    progress.add('a', 5, exercise({ tagged: true }, true));
    progress.add('a', 1, exercise({ tagged: false }));
    expect(progress.view(10, 10).exercises[0].passed).toBe(1);
    progress.forget('a');
    expect(progress.latest()).toEqual([]);
  });

  it('exports JSON shaped like dfcheck --exercise, and CSV safe for spreadsheets', () => {
    const progress = room();
    progress.setRoster([{ id: 'a', name: '=HYPERLINK("x")', joinedAt: 0, sharing: true }]);
    progress.add('a', 0, exercise({ tagged: true }, true));
    const json = exportJson({ title: 'T', code: 'ABC234' }, progress.latest(), (id) => progress.nameOf(id), 0);
    expect(json.results).toEqual([
      { file: '=HYPERLINK("x")', attendee: 'a', lesson: 'dockerfile-practices', exercise: 'pin-base-image', passed: true, score: 100, at: '1970-01-01T00:00:00.000Z', requirements: [{ id: 'tagged', passed: true }] },
    ]);
    const csv = exportCsv(progress.latest(), (id) => progress.nameOf(id));
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",a,requirement,dockerfile-practices,pin-base-image,tagged,true,100`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});
