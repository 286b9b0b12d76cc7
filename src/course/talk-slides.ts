import { ELEMENT_NODE, parse, renderSync } from 'ultrahtml';
import type { OutlineSlide } from './lesson-outline.ts';

type HtmlNode = { type: number; name?: string; attributes?: Record<string, string>; children?: HtmlNode[] };

const REFERENCES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * One lesson's rendered deck HTML cut down to the talk's slides: only the `kept` slides (the outline's main
 * line) stay, vertical stacks are flattened to their first slide, and every id is prefixed with the lesson's
 * slug (and the references to it), because the talk puts lessons with the same `slide-1` or `takeaways` side by
 * side. Whatever a dropped slide carried (its islands' markup, data and scripts) never reaches the page.
 */
export function talkSlidesHtml(html: string, slug: string, kept: readonly OutlineSlide[]): string {
  const keep = new Set(kept.map((s) => s.id));
  const slides: HtmlNode[] = [];
  for (const node of parse(html).children as HtmlNode[]) {
    if (!isSection(node)) continue;
    if (node.attributes?.class?.split(/\s+/).includes('slide-stack')) {
      const first = node.children?.find(isSection);
      if (first && keep.has(first.attributes?.id ?? '')) slides.push(first);
    } else if (keep.has(node.attributes?.id ?? '')) slides.push(node);
  }
  const renamed = new Map<string, string>();
  forEachElement(slides, (el) => {
    const id = el.attributes!.id;
    if (id) renamed.set(id, (el.attributes!.id = `${slug}--${id}`));
  });
  const rename = (id: string) => renamed.get(id) ?? id;
  forEachElement(slides, (el) => {
    const attrs = el.attributes!;
    for (const name of REFERENCES) if (attrs[name]) attrs[name] = attrs[name].split(/\s+/).map(rename).join(' ');
    for (const [name, value] of Object.entries(attrs)) {
      if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) attrs[name] = `#${rename(value.slice(1))}`;
      // SVG paint servers and markers (`marker-end="url(#arrow)"`): the client-side renaming used to break these.
      else if (value.includes('url(#')) attrs[name] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
    }
  });
  return slides.map((slide) => renderSync(slide as never)).join('\n');
}

const isSection = (node: HtmlNode) => node.type === ELEMENT_NODE && node.name === 'section';

/** Elements in document order; a `<template>`'s content is inert (the browser never gave it page ids either). */
function forEachElement(nodes: HtmlNode[], visit: (el: HtmlNode) => void): void {
  for (const node of nodes) {
    if (node.type !== ELEMENT_NODE) continue;
    visit(node);
    if (node.name !== 'template') forEachElement(node.children ?? [], visit);
  }
}
