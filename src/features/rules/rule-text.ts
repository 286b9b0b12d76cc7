// Rule texts are written with `backticks` around code and {placeholders} the engine fills; a rule page renders
// both as what they are (code as <code>, an unfilled placeholder as a named <var>), never as raw Markdown.
import { h, type View } from '../../ui/dom.ts';

/** `a \`b\` c` → a text, a <code>, a text. An unpaired backtick stays a character. */
export function withCode(text: string, onText: (text: string) => View[] = (t) => [{ text: t }]): View[] {
  if (!hasCodeSpans(text)) return onText(text);
  const parts = text.split('`');
  return parts.flatMap((part, i) => (i % 2 === 1 ? [h('code', {}, part)] : part ? onText(part) : []));
}

/** A message template with its {placeholders} shown as <var>s named in the reader's language. */
export function messageTemplate(template: string, nameOf: (placeholder: string) => string): View[] {
  const placeholders = (text: string): View[] =>
    text.split(/(\{\w+\})/).filter(Boolean).map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name ? h('var', {}, nameOf(name)) : { text: part };
    });
  return withCode(template, placeholders);
}

/** The same text for places that take no markup (a page's meta description): backticks dropped. */
export const plainText = (text: string) => (hasCodeSpans(text) ? text.replace(/`/g, '') : text);

/** Backticks come in pairs; an odd one is a character of the text, not Markdown. */
const hasCodeSpans = (text: string) => text.split('`').length % 2 === 1;
