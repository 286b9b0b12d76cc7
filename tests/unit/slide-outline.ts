import type { Element, Root, RootContent } from 'hast';
import { mdxToJs } from 'satteri';
import { sectionize } from '../../src/markdown/slide-sections.ts';

export interface SlideOutline {
  index: string;
  /** Tag names / component names of the slide's direct children, whitespace dropped. */
  children: string[];
  notes: number;
}

/** Compiles MDX with Sätteri exactly as the site does and returns the slides the deck will show. */
export function slideOutline(mdx: string): { slides: SlideOutline[]; topLevel: string[] } {
  let captured: Root | undefined;
  const plugin = {
    name: 'slide-sections',
    before(root: Root, ctx: { replaceNode(node: unknown, next: unknown): void }) {
      ctx.replaceNode(root, sectionize(root));
    },
  };
  const capture = { name: 'capture', before(root: Root) { captured = toPlain(root) as Root; } };
  mdxToJs(mdx, { hastPlugins: [plugin, capture] } as never);
  const slides: SlideOutline[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'element' && node.tagName === 'section') {
      const cls = node.properties.className as string[];
      if (cls.includes('slide-stack')) return node.children.forEach((c) => visit(c as RootContent));
      slides.push(describe(node, String(node.properties.dataSlide)));
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Slide') {
      const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-slide');
      slides.push(describe(node, String(attr?.value)));
    }
  };
  captured!.children.forEach(visit);
  const topLevel = captured!.children.filter((n) => !(n.type === 'text' && !n.value.trim())).map(nameOf);
  return { slides, topLevel };
}

function describe(node: Element | Extract<RootContent, { type: 'mdxJsxFlowElement' }>, index: string): SlideOutline {
  const children = node.children.filter((n) => !(n.type === 'text' && !n.value.trim())).map((n) => nameOf(n as RootContent));
  return { index, children, notes: countNotes(node) };
}

function countNotes(node: { children?: unknown[] }): number {
  let n = 0;
  for (const child of (node.children ?? []) as Array<{ type: string; name?: string; children?: unknown[] }>) {
    if (child.type === 'mdxJsxFlowElement' && child.name === 'Notes') n += 1;
    else n += countNotes(child);
  }
  return n;
}

function nameOf(node: RootContent): string {
  if (node.type === 'element') return node.tagName;
  if (node.type === 'mdxJsxFlowElement') return `<${node.name}>`;
  return node.type;
}

/** A plain deep copy of the parts of a Sätteri node the outline reads (its nodes cannot be cloned). */
function toPlain(node: any): unknown {
  const { type, tagName, name, value, properties, attributes, children } = node;
  return { type, tagName, name, value, properties: properties && { ...properties }, attributes, children: children?.map(toPlain) };
}
