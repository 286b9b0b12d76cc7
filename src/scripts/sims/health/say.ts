// The browser side of the island strings: the JSON the component ships, read once (no translation files bundled).
import type { Say } from './timeline-view.ts';
import { fillTemplate } from '../../../utils/template.ts';

/** The lookup for those strings, with {name} placeholders like the server side. */
export function sayFrom(root: Element): Say {
  const strings = JSON.parse(root.querySelector('script.health-strings')?.textContent ?? '{}') as Record<string, string>;
  return (key, vars = {}) => fillTemplate(strings[key] ?? key, vars);
}
