import { describe, expect, it } from 'vitest';
import { h, toMarkup } from '../../src/ui/dom.ts';
import { translateFrom } from '../../src/ui/strings.ts';
import { scriptJson } from '../../src/ui/island-strings.ts';

describe('render description (server side)', () => {
  it('escapes learner text and attribute values', () => {
    const markup = toMarkup(h('li', { 'data-name': '"><img src=x onerror=alert(1)>' }, '<script>alert(1)</script> & more'));
    expect(markup).toBe('<li data-name="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</li>');
  });

  it('skips false, null and undefined children and attributes, and writes boolean attributes bare', () => {
    const markup = toMarkup(h('button', { disabled: true, hidden: false, title: undefined }, false, null, 'Run', 0));
    expect(markup).toBe('<button disabled>Run0</button>');
  });

  it('writes void elements without a closing tag', () => {
    expect(toMarkup(h('p', {}, 'a', h('br'), 'b'))).toBe('<p>a<br>b</p>');
  });
});

describe('island strings', () => {
  it('fills placeholders and shows an unknown key instead of throwing', () => {
    const t = translateFrom({ 'x.count': '{n} of {total}' });
    expect(t('x.count', { n: 2, total: 5 })).toBe('2 of 5');
    expect(t('x.missing')).toBe('x.missing');
  });

  it('ships JSON that cannot close its <script> element', () => {
    const text = scriptJson({ a: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});
