import en from '../translations/en.json' with { type: 'json' };
import ptBr from '../translations/pt-br.json' with { type: 'json' };
import { defaultLocale, type LocaleKey } from './locales.ts';
import { fillTemplate } from '../ui/template.ts';

export type UiKey = keyof typeof en;
const strings: Record<LocaleKey, Partial<Record<UiKey, string>>> = { en, 'pt-br': ptBr };

/** The one UI-string lookup: falls back to English (a parity test makes sure it never has to). */
export function t(locale: LocaleKey, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = strings[locale][key] ?? strings[defaultLocale][key] ?? key;
  return fillTemplate(template, vars);
}
