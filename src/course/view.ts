// Where a page sits in the course, computed once per request by src/middleware.ts and read by every component as
// Astro.locals.view (as Starlight's Astro.locals.starlightRoute): which language, and which of the three uses.
import { localeOfPath } from './routes.ts';
import { langOf, type Lang, type LocaleKey } from './locales.ts';

/** reading: a lesson page or any other page; deck: one lesson's slides; talk: the whole talk deck. */
export type ViewMode = 'reading' | 'deck' | 'talk';

export interface ViewContext {
  locale: LocaleKey;
  lang: Lang;
  mode: ViewMode;
  /** True for both decks: components render for reveal.js. */
  inDeck: boolean;
}

export function viewOf(pathname: string): ViewContext {
  const locale = localeOfPath(pathname);
  // /<locale>/<slug>/slides/ is a lesson deck; /<locale>/talk/ (and a talk variant, /<locale>/talk/<id>/) the talk.
  const mode: ViewMode = /^\/[\w-]+\/talk(\/[\w-]+)?\/?$/.test(pathname) ? 'talk' : /\/slides\/?$/.test(pathname) ? 'deck' : 'reading';
  return { locale, lang: langOf(locale), mode, inDeck: mode !== 'reading' };
}
