import type { Lang } from '../checker/types.ts';

/** The one language type (BCP 47 tags, as the checker's messages and the content files use them). */
export type { Lang };

/** The course's languages: URL folder → BCP 47 tag. English is the default. */
export const locales = {
  en: { label: 'English', lang: 'en' },
  'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
} as const satisfies Record<string, { label: string; lang: Lang }>;

export type LocaleKey = keyof typeof locales;
export const localeKeys = Object.keys(locales) as LocaleKey[];
export const defaultLocale: LocaleKey = 'en';

export function isLocaleKey(value: string | undefined): value is LocaleKey {
  return value !== undefined && value in locales;
}

export function langOf(locale: LocaleKey): Lang {
  return locales[locale].lang;
}
