import glossaryFile from '../../../content/glossary.json' with { type: 'json' };
import { langOf, type LocaleKey } from '../../course/locales.ts';

interface GlossaryFile {
  terms: Array<{ id: string; lesson?: string } & Record<'en' | 'pt-BR', { term: string; definition: string }>>;
}

/** Glossary entries in one language, sorted as a reader looks them up (alphabetically, locale-aware). */
export function glossaryEntries(locale: LocaleKey) {
  const lang = langOf(locale);
  return (glossaryFile as GlossaryFile).terms
    .map((entry) => ({ id: entry.id, lesson: entry.lesson, ...entry[lang] }))
    .sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
}

/** The entries a page links to, by id, for the in-place explanations (unknown ids are left out). */
export function definitionsFor(locale: LocaleKey, ids: readonly string[]): Record<string, { term: string; definition: string }> {
  const byId = new Map(glossaryEntries(locale).map((entry) => [entry.id, entry]));
  return Object.fromEntries(ids.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [[id, { term: entry.term, definition: entry.definition }]] : [];
  }));
}
