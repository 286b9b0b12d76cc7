import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Regroups a lesson's top-level HAST into slide sections, so one compiled MDX file is both the
 * reading page (sections are plain blocks) and the reveal.js deck (sections are slides).
 *
 * - content before the first heading is the intro slide;
 * - every `h2` opens a horizontal slide, every `h3` under it a vertical sub-slide;
 * - a top-level `hr` forces a new slide at the current level (and is dropped);
 * - a top-level `<Slide>` component is its own horizontal slide (it renders its own `<section>`);
 * - ESM imports/exports stay at top level; anything nested (code blocks, components) is never split.
 *
 * Each slide carries `data-slide="h"` or `data-slide="h/v"` (its indices within the lesson) and the id
 * `slide-h` / `slide-h-v`: an anchor on the reading page and a reveal.js deep link (`#/slide-h-v`) in the deck.
 */
export const slideId = (index: string) => `slide-${index.replace('/', '-')}`;

export function sectionize(root: Readonly<Root>): Root {
  const out: RootContent[] = [];
  let h = -1; // index of the current horizontal slide
  let v = 0; // index of the current vertical slide within it
  let stack: Element | undefined; // the vertical-stack wrapper, once an h3 appears under an h2
  let slide: Element | undefined; // the slide receiving content
  let openedByH2 = false;

  const newSlide = (index: string): Element => ({
    type: 'element',
    tagName: 'section',
    properties: { id: slideId(index), className: ['slide'], dataSlide: index },
    children: [],
  });
  const startHorizontal = () => {
    h += 1;
    v = 0;
    stack = undefined;
    slide = newSlide(String(h));
    out.push(slide);
  };
  const startVertical = () => {
    if (!stack) {
      // Turn the current horizontal slide into the first slide of a vertical stack.
      const first = slide!;
      stack = { type: 'element', tagName: 'section', properties: { className: ['slide-stack'] }, children: [first] };
      first.properties.dataSlide = `${h}/0`;
      first.properties.id = slideId(`${h}/0`);
      out[out.indexOf(first)] = stack;
    }
    v += 1;
    slide = newSlide(`${h}/${v}`);
    stack.children.push(slide);
  };

  for (const node of root.children) {
    if (node.type === 'mdxjsEsm' || node.type === 'doctype') {
      out.push(node);
      continue;
    }
    if (isElement(node, 'h2')) {
      startHorizontal();
      openedByH2 = true;
    } else if (isElement(node, 'h3')) {
      if (slide && openedByH2) startVertical();
      else {
        startHorizontal();
        openedByH2 = false;
      }
    } else if (isElement(node, 'hr')) {
      if (stack) startVertical();
      else {
        startHorizontal();
        openedByH2 = false;
      }
      continue;
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Slide') {
      h += 1;
      v = 0;
      stack = undefined;
      slide = undefined;
      openedByH2 = false;
      out.push({
        ...node,
        attributes: [
          ...node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'data-slide' || a.name === 'id'))),
          { type: 'mdxJsxAttribute', name: 'data-slide', value: String(h) },
          { type: 'mdxJsxAttribute', name: 'id', value: slideId(String(h)) },
        ],
      });
      continue;
    } else if (!slide) {
      if (isBlank(node)) {
        out.push(node);
        continue;
      }
      startHorizontal(); // intro slide, or content after a <Slide>
      openedByH2 = false;
    }
    slide!.children.push(node as ElementContent);
  }
  // Drop slides that hold only whitespace (e.g. a trailing `---`).
  return { type: 'root', children: out.filter((n) => !(isElement(n, 'section') && n.children.every(isBlank))) };
}

function isElement(node: RootContent | ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName;
}

function isBlank(node: RootContent | ElementContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment';
}
