import type { LocaleKey } from './locales.ts';

/** URLs of a lesson's two views; one place so links never drift. */
export const readingPath = (locale: LocaleKey, slug: string) => `/${locale}/${slug}/`;
export const slidesPath = (locale: LocaleKey, slug: string) => `/${locale}/${slug}/slides/`;
export const talkPath = (locale: LocaleKey) => `/${locale}/talk/`;
export const coursePath = (locale: LocaleKey) => `/${locale}/`;

/** The locale folder a URL lives under. */
export function localeOfPath(pathname: string): LocaleKey {
  return pathname.split('/')[1] === 'pt-br' ? 'pt-br' : 'en';
}
