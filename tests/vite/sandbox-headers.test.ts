import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISOLATED_PATH, isolationHeaders } from '../../src/vite/sandbox-paths.ts';
import { sandboxHeaders } from '../../src/vite/sandbox-headers.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('cross-origin isolation, scoped to the lab pages', () => {
  it('matches the lab lesson in both languages (reading and slides) and nothing else', () => {
    expect(ISOLATED_PATH.test('/en/healthchecks-and-probes/')).toBe(true);
    expect(ISOLATED_PATH.test('/pt-br/healthchecks-and-probes/slides/')).toBe(true);
    expect(ISOLATED_PATH.test('/en/distroless/')).toBe(false);
    expect(ISOLATED_PATH.test('/en/talk/')).toBe(false);
  });

  it('the dev/preview middleware sets the headers only on those pages', () => {
    const plugin = sandboxHeaders();
    let middleware: (req: { url: string }, res: { setHeader(n: string, v: string): void }, next: () => void) => void = () => {};
    (plugin.configurePreviewServer as (s: unknown) => void)({ middlewares: { use: (fn: typeof middleware) => (middleware = fn) } });
    const headersFor = (url: string) => {
      const set: Record<string, string> = {};
      middleware({ url }, { setHeader: (n, v) => (set[n] = v) }, () => {});
      return set;
    };
    expect(headersFor('/pt-br/healthchecks-and-probes/')).toEqual(isolationHeaders);
    expect(headersFor('/en/playground/')).toEqual({});
  });

  it('every host config in the repository isolates the same pages with the same values', () => {
    for (const [file, text] of [['deploy/nginx.conf', read('deploy/nginx.conf')], ['public/_headers', read('public/_headers')], ['vercel.json', read('vercel.json')]]) {
      expect(text, file).toContain('healthchecks-and-probes');
      expect(text, file).toMatch(/Cross-Origin-Opener-Policy"?[:\s,]+(?:"value": )?"?same-origin/);
      expect(text, file).toMatch(/Cross-Origin-Embedder-Policy"?[:\s,]+(?:"value": )?"?credentialless/);
    }
  });
});
