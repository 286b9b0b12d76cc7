// The page the service worker shows for a page it has no copy of, in both languages (like the home page),
// written by scripts/build-sw.ts into the build folder.
import { t } from '../../../course/i18n.ts';
import { localeKeys, locales } from '../../../course/locales.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function offlinePageHtml(): string {
  const sections = localeKeys
    .map(
      (key) => `      <section lang="${locales[key].lang}">
        <h1>${escapeHtml(t(key, 'offline.pageTitle'))}</h1>
        <p>${escapeHtml(t(key, 'offline.pageBody'))}</p>
        <p><button type="button" data-retry>${escapeHtml(t(key, 'offline.retry'))}</button>
          <a href="/${key}/">${escapeHtml(t(key, 'offline.home'))}</a></p>
      </section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(t('en', 'offline.pageTitle'))} · ${escapeHtml(t('pt-br', 'offline.pageTitle'))}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <style>
      :root { color-scheme: light dark; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
      body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
      main { max-width: 40rem; padding: 2rem; display: grid; gap: 2rem; }
      section { padding: 1.2rem; border: 2px solid #5b6bd5; border-radius: 0.8rem; }
      h1 { margin-top: 0; font-size: 1.6rem; }
      button, a { font: inherit; margin-inline-end: 1rem; }
    </style>
  </head>
  <body>
    <main>
${sections}
    </main>
    <script>
      for (const button of document.querySelectorAll('[data-retry]')) button.addEventListener('click', () => location.reload());
    </script>
  </body>
</html>
`;
}
