import type { Root, RootContent } from 'hast';
import { mdxToJs } from 'satteri';
import { sectionize } from './slide-sections.ts';
import lessonKit from '../components/lesson/index.ts?raw';

/**
 * A lesson's structure, compiled once with Sätteri and `sectionize` exactly as the site compiles it: the one
 * answer to "which slides, which exercises, quizzes, labs and simulators". The talk, the course map, the
 * presenter guide and the tests read it instead of guessing from the MDX text.
 */
export interface OutlineSlide {
  /** `h` or `h/v`, as in the slide's `data-slide`. */
  index: string;
  /** The slide's element id (`slide-h` / `slide-h-v`). */
  id: string;
  level: 'h' | 'v';
  /** The slide's first heading, or `(intro)`, `(break)` (a `---` slide), `(custom slide)` (a `<Slide>`). */
  title: string;
  /** Kept by the whole talk: horizontal (the first of a stack counts), and not hands-on. */
  mainLine: boolean;
  /** Holds an exercise or a quiz: the audience does it on its own, so it stays in the lesson deck. */
  handsOn: boolean;
  /** Components embedded anywhere in the slide, in order. */
  embeds: Embed[];
  /** Tag names / component names of the slide's direct children, whitespace dropped. */
  children: string[];
  notes: number;
}

export interface Embed {
  /** The component as the lesson uses it, e.g. `LayerCacheExplorer` (the simulator), never the `LayerCache` diagram. */
  component: string;
  id?: string;
}

export interface LessonOutline {
  slides: OutlineSlide[];
  /** Node kinds at the top level after sectionizing (tests check that nothing escapes a slide). */
  topLevel: string[];
  exercises: string[];
  quizzes: string[];
  labs: string[];
  /** Simulator components, by the name the lesson imports. */
  simulators: string[];
  /** Glossary entries the lesson links to (`/<lang>/glossary/#<id>`), each once, in order of first use. */
  glossaryTerms: string[];
}

/**
 * Interactive simulators, by the name lessons import them: every component the lesson kit
 * (src/components/lesson/index.ts) exports from src/features/sims/, so a new simulator needs no entry here.
 */
export const SIMULATORS = [...lessonKit.matchAll(/export \{ default as (\w+) \} from '[^']*\/features\/sims\//g)].map((m) => m[1]!);
const HANDS_ON = ['Exercise', 'Quiz'];

const cache = new Map<string, LessonOutline>();

/** The outline of one lesson's MDX source (front matter allowed); compiled once per source text. */
export function lessonOutline(mdx: string): LessonOutline {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, ''); // a collection entry's body and its raw file share one compile
  let outline = cache.get(body);
  if (!outline) cache.set(body, (outline = compile(body)));
  return outline;
}

/** The slides the whole talk keeps, in order. */
export const mainLine = (outline: LessonOutline) => outline.slides.filter((s) => s.mainLine);

type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; attributes?: Array<{ type: string; name?: string; value?: unknown }>; children?: Node[] };

function compile(mdx: string): LessonOutline {
  let captured: Node | undefined;
  const plugin = {
    name: 'slide-sections',
    before(root: Root, ctx: { replaceNode(node: unknown, next: unknown): void }) {
      ctx.replaceNode(root, sectionize(root));
    },
  };
  const capture = { name: 'capture', before(root: Root) { captured = toPlain(root); } };
  mdxToJs(mdx, { hastPlugins: [plugin, capture] } as never);
  const slides: OutlineSlide[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && node.tagName === 'section') {
      if ((node.properties?.className as string[]).includes('slide-stack')) return node.children?.forEach(visit);
      slides.push(describe(node, String(node.properties?.dataSlide), false));
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Slide') {
      slides.push(describe(node, String(attribute(node, 'data-slide')), true));
    }
  };
  const top = (captured!.children ?? []).filter((n) => !isBlank(n));
  top.forEach(visit);
  const embeds = slides.flatMap((s) => s.embeds);
  const idsOf = (component: string) => embeds.filter((e) => e.component === component && e.id).map((e) => e.id!);
  return {
    slides,
    topLevel: top.map(nameOf),
    exercises: idsOf('Exercise'),
    quizzes: idsOf('Quiz'),
    labs: idsOf('LinuxLab'),
    simulators: embeds.filter((e) => SIMULATORS.includes(e.component)).map((e) => e.component),
    glossaryTerms: [...new Set(linksIn(captured!).flatMap((href) => /\/glossary\/#([\w-]+)$/.exec(href)?.[1] ?? []))],
  };
}

function linksIn(node: Node): string[] {
  const own = node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string' ? [node.properties.href] : [];
  return [...own, ...(node.children ?? []).flatMap(linksIn)];
}

function describe(node: Node, index: string, custom: boolean): OutlineSlide {
  const children = (node.children ?? []).filter((n) => !isBlank(n));
  const embeds = embedsIn(node);
  const heading = children.find((n) => n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3'));
  const title = heading ? textOf(heading).trim() : custom ? '(custom slide)' : index === '0' ? '(intro)' : '(break)';
  const level = index.includes('/') && !index.endsWith('/0') ? 'v' : 'h';
  const handsOn = embeds.some((e) => HANDS_ON.includes(e.component));
  return { index, id: `slide-${index.replace('/', '-')}`, level, title, mainLine: level === 'h' && !handsOn, handsOn, embeds, children: children.map(nameOf), notes: countNotes(node) };
}

function embedsIn(node: Node): Embed[] {
  return (node.children ?? []).flatMap((child) => {
    const inner = embedsIn(child);
    if (child.type !== 'mdxJsxFlowElement' && child.type !== 'mdxJsxTextElement') return inner;
    const id = attribute(child, 'id');
    const own: Embed = typeof id === 'string' ? { component: child.name!, id } : { component: child.name! };
    return /^[A-Z]/.test(child.name ?? '') ? [own, ...inner] : inner;
  });
}

function attribute(node: Node, name: string): unknown {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

function countNotes(node: Node): number {
  return (node.children ?? []).reduce((n, child) => n + (child.type === 'mdxJsxFlowElement' && child.name === 'Notes' ? 1 : countNotes(child)), 0);
}

const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');
const isBlank = (node: Node) => node.type === 'text' && !node.value?.trim();

function nameOf(node: Node): string {
  if (node.type === 'element') return node.tagName!;
  if (node.type === 'mdxJsxFlowElement') return `<${node.name}>`;
  return node.type;
}

/** A plain deep copy of the parts of a Sätteri node the outline reads (its nodes cannot be cloned). */
function toPlain(node: any): Node {
  const { type, tagName, name, value, properties, attributes, children } = node;
  return { type, tagName, name, value, properties: properties && { ...properties }, attributes, children: children?.map(toPlain) };
}
