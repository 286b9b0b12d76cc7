import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, inlineSources, pagePolicy, sha256, withCspMeta } from '../../src/course/csp.ts';
import { speakerViewSources } from '../../src/vite/csp-meta.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name);
const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('per-page Content-Security-Policy', () => {
  it('hashes the inline scripts a browser runs, and only those', () => {
    const html = page('<script>a()</script><script type="module">b()</script><script type="application/json">{"x":1}</script><script src="/x.js"></script>');
    expect(inlineSources(html).scripts).toEqual(['a()', 'b()']);
    expect(directive(pagePolicy(html, '/en/x/'), 'script-src')).toBe(`script-src 'self' ${sha256('a()')} ${sha256('b()')}`);
    expect(sha256('a()')).toBe(`'sha256-${createHash('sha256').update('a()').digest('base64')}'`);
  });

  it('allows each style attribute by the hash of its decoded value, never text that only looks like one', () => {
    const html = page(
      '<span style="--shiki-light:#023B95">x</span><p style="font-family:&quot;A&quot;">y</p><code>&lt;b style="color:red"&gt;</code><script>s = \'<i style="z">\'</script>',
    );
    expect(inlineSources(html).styleAttributes).toEqual(['--shiki-light:#023B95', 'font-family:"A"']);
    expect(directive(pagePolicy(html, '/en/x/'), 'style-src-attr')).toBe(`style-src-attr 'unsafe-hashes' ${sha256('--shiki-light:#023B95')} ${sha256('font-family:"A"')}`);
    expect(directive(pagePolicy(page('<p>plain</p>'), '/en/x/'), 'style-src-attr')).toBe("style-src-attr 'none'");
  });

  it('grants exceptions by what the page embeds', () => {
    const plain = pagePolicy(page('<p>x</p>'), '/en/history/');
    expect(directive(plain, 'frame-src')).toBe("frame-src 'none'");
    expect(plain).not.toContain('unsafe-inline');
    expect(plain).not.toContain('wasm-unsafe-eval');
    const editor = pagePolicy(page('<dockerfile-editor data-x></dockerfile-editor><style>p{}</style>'), '/en/playground/');
    expect(directive(editor, 'style-src-elem')).toBe("style-src-elem 'self' 'unsafe-inline'");
    expect(directive(editor, 'script-src')).toBe("script-src 'self'");
    const lab = pagePolicy(page('<health-lab></health-lab>'), '/pt-br/healthchecks-and-probes/');
    expect(directive(lab, 'frame-src')).toBe('frame-src https://stackblitz.com');
    // The talk embeds the lab too, but is not cross-origin isolated, so the lab never boots there.
    expect(directive(pagePolicy(page('<health-lab></health-lab>'), '/en/talk/'), 'frame-src')).toBe("frame-src 'none'");
    expect(directive(pagePolicy(page('<main class="reveal"></main>'), '/en/talk/'), 'frame-src')).toBe("frame-src 'self'");
  });

  it("covers reveal.js's speaker view, which inherits the deck's policy", () => {
    const speaker = speakerViewSources();
    expect(speaker.scripts).toHaveLength(1);
    expect(speaker.scripts[0]).toContain('SPEAKER_LAYOUTS');
    const deck = pagePolicy(page('<main class="reveal"></main>'), '/en/talk/', speaker);
    expect(directive(deck, 'script-src')).toContain(sha256(speaker.scripts[0]));
    expect(directive(pagePolicy(page('<p></p>'), '/en/x/', speaker), 'script-src')).toBe("script-src 'self'");
  });

  it('puts the policy before anything it guards', () => {
    const html = withCspMeta(page('', '<style>p{}</style>'), "default-src 'self'");
    expect(html).toContain('<meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"/><style>');
  });

  it('every host config sends the header part (frame-ancestors cannot be set by a <meta>)', () => {
    expect(read('public/_headers')).toContain(`  Content-Security-Policy: ${HEADER_POLICY}\n`);
    expect(JSON.parse(read('vercel.json')).headers[0].headers).toContainEqual({ key: 'Content-Security-Policy', value: HEADER_POLICY });
    expect(read('deploy/security-headers.conf')).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
  });
});
