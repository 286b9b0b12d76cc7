import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { inlineSources, pagePolicy, withCspMeta, type InlineSources } from '../course/csp.ts';
import { printViewStyles } from '../features/deck/deck-size.ts';

/**
 * After the build, gives every HTML page a `<meta http-equiv="content-security-policy">` computed from its own inline
 * scripts and styles (src/course/csp.ts). Astro's `security.csp` was not used: it needs hand-kept hashes for every
 * `is:inline` script (Starlight's theme script among them) and cannot hash the `style` attributes Shiki writes.
 */
export function cspMeta(): AstroIntegration {
  return {
    name: 'csp-meta',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const deckExtras = deckWrittenSources();
        let pages = 0;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (/http-equiv="content-security-policy"/i.test(html)) continue;
          const path = `/${relative(root, file).split(sep).join('/')}`.replace(/index\.html$/, '');
          writeFileSync(file, withCspMeta(html, pagePolicy(html, path, deckExtras)));
          pages++;
        }
        logger.info(`content-security-policy added to ${pages} pages`);
      },
    },
  };
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** What a deck writes after load: the speaker view's page and the print view's two styles. */
function deckWrittenSources(): InlineSources {
  const speaker = speakerViewSources();
  return { ...speaker, styles: [...speaker.styles, ...printViewStyles()] };
}

/**
 * reveal.js's speaker view is an `about:blank` popup the notes plugin fills with `document.write()`: it inherits the
 * deck's policy, so its inline script and styles are hashed from the template inside the plugin.
 */
export function speakerViewSources(): InlineSources {
  const require = createRequire(import.meta.url);
  const plugin = readFileSync(require.resolve('reveal.js/plugin/notes'), 'utf8');
  const start = plugin.indexOf('document.write(') + 'document.write('.length;
  const quote = plugin[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') throw new Error('reveal.js notes plugin: speaker view template not found');
  let end = start + 1;
  while (plugin[end] !== quote || plugin[end - 1] === '\\') end++;
  // The template is one string literal: evaluating it alone gives the exact text the popup receives.
  const template = runInNewContext(plugin.slice(start, end + 1)) as string;
  return inlineSources(template);
}
