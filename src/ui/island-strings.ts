// The build side of island strings: every UI string whose key starts with one of the island's prefixes, in the
// page's language, as JSON text safe inside <script type="application/json"> (no `</script>` break-out).
import en from '../translations/en.json' with { type: 'json' };
import { t, type UiKey } from '../course/i18n.ts';
import type { LocaleKey } from '../course/locales.ts';
import type { Translate } from './strings.ts';

export function islandStrings(locale: LocaleKey, prefixes: readonly string[]): Record<string, string> {
  const keys = (Object.keys(en) as UiKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(keys.map((key) => [key, t(locale, key)]));
}

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The server's t() for one language with the client's signature, for view functions both sides draw with. */
export function translator(locale: LocaleKey): Translate {
  return (key, vars = {}) => t(locale, key as UiKey, vars);
}
