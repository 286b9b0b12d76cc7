// One small DOM vocabulary for islands, plus a render description (View) that the server renders to markup and
// the client turns into nodes, so a simulator's first state and its live redraws come from the same function.
// Text always goes in as text: nothing a learner typed is ever parsed as HTML.

export type Attrs = Record<string, string | number | boolean | undefined>;

/** A node to draw: an element with attributes and children, or a text. */
export type View = { tag: string; attrs: Attrs; children: View[] } | { text: string };
export type Child = View | string | number | null | undefined | false;

/** Builds a View: `h('li', { class: 'met' }, '✔ ', name)`. Falsy children are skipped, so conditions read inline. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): View {
  return { tag, attrs, children: children.flatMap(toView) };
}

function toView(child: Child): View[] {
  if (child === null || child === undefined || child === false) return [];
  return typeof child === 'object' ? [child] : [{ text: String(child) }];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Server side: markup with every text and attribute escaped. */
export function toMarkup(view: View): string {
  if ('text' in view) return escapeText(view.text);
  const attrs = Object.entries(view.attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`))
    .join('');
  if (VOID.has(view.tag)) return `<${view.tag}${attrs}>`;
  return `<${view.tag}${attrs}>${view.children.map(toMarkup).join('')}</${view.tag}>`;
}

/** Client side: real nodes (SVG elements get the SVG namespace, inherited by their children). */
export function toNode(view: View, svg = false): Node {
  if ('text' in view) return document.createTextNode(view.text);
  const inSvg = svg || view.tag === 'svg';
  const element = inSvg ? document.createElementNS(SVG_NS, view.tag) : document.createElement(view.tag);
  for (const [name, value] of Object.entries(view.attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...view.children.map((child) => toNode(child, inSvg && view.tag !== 'foreignObject')));
  return element;
}

/** Replaces `parent`'s children with the drawing of `views`. */
export function draw(parent: Element, ...views: View[]): void {
  parent.replaceChildren(...views.map((view) => toNode(view, parent.namespaceURI === SVG_NS)));
}

/** Imperative shorthand for small live parts: `el('button', { class: 'x', text: 'Run' })`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; data?: Record<string, string>; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [key, value] of Object.entries(props.data ?? {})) element.dataset[key] = value;
  for (const [key, value] of Object.entries(props.attrs ?? {})) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** `root.querySelector` that says which part is missing instead of failing later on `null`. */
export function part<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');
