import glossaryFile from '../../content/glossary.json' with { type: 'json' };
import { langTagOf, type LocaleKey } from './locales.ts';

interface GlossaryFile {
  terms: Array<{ id: string; lesson?: string } & Record<'en' | 'pt-BR', { term: string; definition: string }>>;
}

/** Glossary entries in one language, sorted as a reader looks them up (alphabetically, locale-aware). */
export function glossaryEntries(locale: LocaleKey) {
  const lang = langTagOf(locale);
  return (glossaryFile as GlossaryFile).terms
    .map((entry) => ({ id: entry.id, lesson: entry.lesson, ...entry[lang] }))
    .sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
}
