// The UI strings an island needs in the browser, shipped as JSON inside the component (one lookup: i18n.ts).
import en from '../../../translations/en.json' with { type: 'json' };
import { t, type UiKey } from '../../../utils/i18n.ts';
import type { LocaleKey } from '../../../utils/locales.ts';

const PREFIXES = ['health.', 'lab.'];

/** JSON text for a `<script type="application/json">`: every health./lab. string in the page's language. */
export function healthStrings(locale: LocaleKey): string {
  const keys = (Object.keys(en) as UiKey[]).filter((key) => PREFIXES.some((prefix) => key.startsWith(prefix)));
  const strings = Object.fromEntries(keys.map((key) => [key, t(locale, key)]));
  return JSON.stringify(strings).replace(/</g, '\\u003c');
}
