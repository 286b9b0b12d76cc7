import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy, withCspMeta, type InlineSources } from '../course/csp.ts';
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

/** What a deck writes after load: the print view's two styles (the presenter view is a page of its own). */
function deckWrittenSources(): InlineSources {
  return { scripts: [], styles: printViewStyles(), styleAttributes: [] };
}
