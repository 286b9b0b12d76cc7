/** The course's languages: URL folder → BCP 47 tag. English is the default. */
export const locales = {
  en: { label: 'English', lang: 'en' },
  'pt-br': { label: 'Português do Brasil', lang: 'pt-BR' },
} as const;

export type LocaleKey = keyof typeof locales;
export type LangTag = (typeof locales)[LocaleKey]['lang'];
export const localeKeys = Object.keys(locales) as LocaleKey[];
export const defaultLocale: LocaleKey = 'en';

export function isLocaleKey(value: string | undefined): value is LocaleKey {
  return value !== undefined && value in locales;
}

export function langTagOf(locale: LocaleKey): LangTag {
  return locales[locale].lang;
}
