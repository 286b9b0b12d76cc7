/** A `$NAME` or `${NAME…}` reference found while expanding a word. */
export interface VariableReference {
  name: string;
  start: number;
  end: number;
  /** `${NAME:-x}`, `${NAME-x}`, `${NAME:+x}` … give a value even when NAME is unset. */
  hasFallback: boolean;
}

export type VariableLookup = (name: string) => string | null | undefined;

/**
 * Expands variables the way Dockerfile instructions do (not RUN: the shell does that):
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?err}`.
 * Unknown variables expand to the empty string. Single quotes and the escape character protect `$`
 * (`startInSingleQuotes`: the text follows an opening `'` that was cut off).
 */
export function expandVariables(text: string, lookup: VariableLookup, escapeChar = '\\', startInSingleQuotes = false): { value: string; references: VariableReference[] } {
  const references: VariableReference[] = [];
  let value = '';
  let inSingle = startInSingleQuotes;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === escapeChar && text[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (ch === "'") inSingle = !inSingle;
    if (ch !== '$' || inSingle) {
      value += ch;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1) {
        value += text.slice(i);
        break;
      }
      const body = text.slice(i + 2, close);
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])(.*))?$/s.exec(body);
      if (match) {
        const [, name, operator, word = ''] = match;
        const current = lookup(name);
        const isSet = current !== undefined;
        const nonEmpty = isSet && current !== null && current !== '';
        const hasFallback = operator === ':-' || operator === '-' || operator === ':+' || operator === '+';
        references.push({ name, start: i, end: close + 1, hasFallback });
        if (operator === ':-') value += nonEmpty ? current : expandVariables(word, lookup, escapeChar).value;
        else if (operator === '-') value += isSet ? (current ?? '') : expandVariables(word, lookup, escapeChar).value;
        else if (operator === ':+') value += nonEmpty ? expandVariables(word, lookup, escapeChar).value : '';
        else if (operator === '+') value += isSet ? expandVariables(word, lookup, escapeChar).value : '';
        else value += current ?? '';
      } else {
        value += text.slice(i, close + 1);
      }
      i = close + 1;
      continue;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 200));
    if (match) {
      const name = match[0];
      references.push({ name, start: i, end: i + 1 + name.length, hasFallback: false });
      value += lookup(name) ?? '';
      i += 1 + name.length;
      continue;
    }
    value += ch;
    i++;
  }
  return { value, references };
}

/** ARGs that BuildKit defines without an ARG instruction (usable in FROM, or after `ARG NAME`). */
export const AUTOMATIC_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
  'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'SOURCE_DATE_EPOCH',
]);
