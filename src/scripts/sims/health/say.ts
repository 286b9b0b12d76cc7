// The browser side of the island strings: the JSON the component ships, read once (no translation files bundled).
import type { Say } from './timeline-view.ts';

/** The lookup for those strings, with {name} placeholders like the server side. */
export function sayFrom(root: Element): Say {
  const strings = JSON.parse(root.querySelector('script.health-strings')?.textContent ?? '{}') as Record<string, string>;
  return (key, vars = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
