import { langOf, type Lang, type LocaleKey } from '../../course/locales.ts';

/** What every course diagram takes from the lesson that places it. */
export interface DiagramProps {
  lang: LocaleKey;
  /** Optional id prefix, only needed if the diagram appears twice on one page. */
  id?: string;
}

/** A label that reads differently in each language (content/diagrams/*.json); a plain string reads the same in both. */
type Bilingual<T = unknown> = { readonly [tag in Lang]: T };

/** A diagram's labels with every bilingual label replaced by the text of one language. */
export type Localized<T> =
  T extends Bilingual<infer Text> ? Localized<Text> : T extends object ? { readonly [K in keyof T]: Localized<T[K]> } : T;

function isBilingual(value: object): value is Bilingual {
  return 'en' in value && 'pt-BR' in value;
}

function localize<T>(value: T, tag: Lang): Localized<T> {
  if (Array.isArray(value)) return value.map((item) => localize(item, tag)) as Localized<T>;
  if (value === null || typeof value !== 'object') return value as Localized<T>;
  if (isBilingual(value)) return localize(value[tag], tag) as Localized<T>;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localize(item, tag)])) as Localized<T>;
}

/**
 * What a diagram needs before it draws: its labels in the page's language, the prefix of the ids inside its SVG
 * (`${name}-${lang}` unless the lesson gives one) and the arrowhead marker to point lines with.
 */
export function diagramSetup<T>(props: Partial<DiagramProps>, name: string, labels: T) {
  const lang = props.lang ?? 'en';
  const base = props.id ?? `${name}-${lang}`;
  return { words: localize(labels, langOf(lang)), base, arrow: `url(#${base}-arrow)` };
}
