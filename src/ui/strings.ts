// The browser side of UI strings: each island's component ships the strings it needs as JSON
// (<IslandStrings>), and the client looks them up with t(), the same signature as the server's.
import { fillTemplate } from './template.ts';

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

export const STRINGS_SELECTOR = 'script[type="application/json"][data-island-strings]';

/** t() for the strings shipped inside `root` (its own block first, so an island nested in another keeps its
 *  strings apart; a missing key shows the key, never throws). */
export function stringsOf(root: ParentNode): Translate {
  const own = root instanceof Element && root.matches(STRINGS_SELECTOR)
    ? root
    : root.querySelector(`:scope > ${STRINGS_SELECTOR}`) ?? root.querySelector(STRINGS_SELECTOR);
  let strings: Record<string, string> = {};
  try {
    strings = JSON.parse(own?.textContent || '{}') as Record<string, string>;
  } catch {
    strings = {};
  }
  return translateFrom(strings);
}

/** t() over a plain record (used by tests and by islands that receive strings another way, e.g. a worker). */
export function translateFrom(strings: Record<string, string>): Translate {
  return (key, vars = {}) => fillTemplate(strings[key] ?? key, vars);
}
