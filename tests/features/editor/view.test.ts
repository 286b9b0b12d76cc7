import { describe, expect, it } from 'vitest';
import { checkDockerfile } from '../../../src/checker/index.ts';
import { MAX_LISTED_FINDINGS, findingsView } from '../../../src/features/editor/view.ts';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);

describe('findings list', () => {
  it('shows learner text as text, with the severity in words, the place and a link to the rule', () => {
    const item = findingsView(checkDockerfile('FROM <img/src=x/onerror=alert(1)>\n'), t).map(toMarkup).find((markup) => markup.includes('onerror'))!;
    expect(item).toMatch(/^<li class="finding finding-\w+"><span class="severity severity-\w+">(error|warning|info|style)<\/span> <span class="finding-where">1:\d+<\/span>/);
    expect(item).toContain('&lt;img/src=x/onerror=alert(1)&gt;');
    expect(item).not.toContain('<img');
    expect(item).toMatch(/<a href="\/[^"]+">[\w-]+<\/a><\/li>$/);
  });

  it(`lists at most ${MAX_LISTED_FINDINGS} findings and says how many there are`, () => {
    const findings = checkDockerfile(`FROM alpine\n${'MAINTAINER me\n'.repeat(MAX_LISTED_FINDINGS + 5)}`);
    const items = findingsView(findings, t);
    expect(items).toHaveLength(MAX_LISTED_FINDINGS + 1);
    expect(toMarkup(items.at(-1)!)).toBe(`<li class="finding-more">Showing the first ${MAX_LISTED_FINDINGS} of ${findings.length} findings.</li>`);
  });
});
