import { describe, expect, it } from 'vitest';
import { lessonOutline, mainLine } from '../../src/course/lesson-outline.ts';
import { talkSlidesHtml } from '../../src/course/talk-slides.ts';

describe('talk slides (build-time trimming)', () => {
  const kept = mainLine(lessonOutline('Intro.\n\n## One\n\n### Deep\n\nD\n\n## Try it\n\n<Exercise id="x" />\n\n## Two\n\nT\n'));
  const html = [
    '<section id="slide-0" class="slide" data-slide="0"><p>Intro.</p></section>',
    '<section class="slide-stack"><section id="slide-1-0" class="slide" data-slide="1/0"><h2 id="one">One</h2><a href="#one">self</a></section>',
    '<section id="slide-1-1" class="slide" data-slide="1/1"><h3 id="deep">Deep</h3></section></section>',
    '<section id="slide-2" class="slide" data-slide="2"><div class="exercise" aria-labelledby="ex-title"><h3 id="ex-title">x</h3></div><script type="module" src="/ex.js"></script></section>',
    '<section id="slide-3" class="slide" data-slide="3"><label for="f">F</label><input id="f"><a href="#slide-2">gone</a><svg><marker id="arrow"></marker><path marker-end="url(#arrow)"></path></svg><template><p id="inert"></p></template></section>',
  ].join('');
  const out = talkSlidesHtml(html, 'les', kept);

  it('keeps the main line only: no deep dives, no hands-on slides, nor their scripts', () => {
    expect([...out.matchAll(/data-slide="([^"]+)"/g)].map((m) => m[1])).toEqual(['0', '1/0', '3']);
    expect(out).not.toMatch(/slide-stack|exercise|ex\.js|Deep/);
  });

  it('scopes ids per lesson, and the references to them', () => {
    expect(out).toContain('id="les--slide-1-0"');
    expect(out).toContain('<h2 id="les--one">One</h2><a href="#les--one">self</a>');
    expect(out).toContain('<label for="les--f">F</label><input id="les--f">');
    expect(out).toContain('href="#slide-2"'); // not on the page: left alone
    expect(out).toContain('<p id="inert">');
    expect(out).toContain('<path marker-end="url(#les--arrow)">');
  });
});
