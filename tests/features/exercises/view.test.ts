import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../src/features/exercises/line-diff.ts';
import { diffView, scoreText, statusText, verdictView } from '../../../src/features/exercises/view.ts';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);

describe('exercise view', () => {
  it('draws a requirement verdict before the first grade, when met, and when not met with the reason as text', () => {
    expect(toMarkup(verdictView(undefined, t))).toBe(
      '<span class="exercise-verdict"><span class="exercise-mark" aria-hidden="true">•</span><span class="sr-only exercise-state"></span><span class="exercise-reason"></span></span>',
    );
    expect(toMarkup(verdictView({ passed: true, message: 'ok' }, t))).toContain('✔</span><span class="sr-only exercise-state">met</span><span class="exercise-reason"></span>');
    expect(toMarkup(verdictView({ passed: false, message: 'FROM <b>x</b> has no tag' }, t))).toContain(
      '✘</span><span class="sr-only exercise-state">not met yet</span><span class="exercise-reason">FROM &lt;b&gt;x&lt;/b&gt; has no tag</span>',
    );
  });

  it('says how to start before the first grade, then the score; names each status', () => {
    expect(scoreText(undefined, t)).toMatch(/^Press “Edit & check”/);
    expect(scoreText(75, t)).toBe('Score: 75/100');
    expect(statusText('passed-with-help', t)).toBe('Passed with help');
  });

  it('draws the solution diff line by line, as text', () => {
    expect(diffView(lineDiff('FROM a\nRUN <x>', 'FROM a\nRUN y')).map(toMarkup).join('')).toBe(
      '<span class="diff-same">  FROM a\n</span><span class="diff-removed">− RUN &lt;x&gt;\n</span><span class="diff-added">+ RUN y\n</span>',
    );
  });
});
