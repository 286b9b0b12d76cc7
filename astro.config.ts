import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { slideSectionsPlugin } from './src/course/slide-sections-plugin.ts';
import { lazyMonacoCss } from './src/features/editor/lazy-monaco-css.ts';
import { sandboxHeaders } from './src/vite/sandbox-headers.ts';
import { cspMeta } from './src/vite/csp-meta.ts';
import { SITE_URL } from './src/site.ts';
import { indexLessons } from './src/course/lesson-index.ts';
import { locales, langOf, type LocaleKey } from './src/course/locales.ts';
import modulesFile from './content/modules.json' with { type: 'json' };

const lessonsDir = fileURLToPath(new URL('./content/lessons/', import.meta.url));
// Validates every lesson's frontmatter and language parity before anything renders.
const lessons = indexLessons(lessonsDir);

const sidebar = modulesFile.modules
  .map((module) => ({
    label: module.label.en,
    translations: { 'pt-BR': module.label['pt-BR'] },
    items: lessons.en.filter((l) => l.module === module.id).map((l) => ({ slug: l.slug })),
  }))
  .filter((group) => group.items.length > 0);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Component styles as cached files, not <style> blocks: the talk renders twelve lessons and would repeat them.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { plugins: [lazyMonacoCss(), sandboxHeaders()], worker: { format: 'es' } },
  markdown: {
    processor: satteri({ hastPlugins: [slideSectionsPlugin(lessonsDir)] }),
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false },
  },
  integrations: [
    starlight({
      title: { en: 'Containers, the right way', 'pt-BR': 'Containers do jeito certo' },
      defaultLocale: 'en',
      locales: Object.fromEntries(
        Object.entries(locales).map(([key, l]) => [key, { label: l.label, lang: langOf(key as LocaleKey) }]),
      ),
      sidebar,
      // Shiki from the Markdown pipeline highlights code the same way on reading pages and in decks.
      expressiveCode: false,
      markdown: { headingLinks: false },
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Sidebar: './src/components/starlight/Sidebar.astro',
        Search: './src/components/starlight/Search.astro',
      },
      customCss: ['./src/styles/reading.css', './src/features/exercises/exercise.css'],
    }),
    // Last, so it sees the final HTML: a Content-Security-Policy per page (src/course/csp.ts).
    cspMeta(),
  ],
});
