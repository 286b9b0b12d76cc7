import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../styles/deck.css';
import '../styles/exercise.css';
import { DECK_SIZE } from '../utils/deck-size.ts';

/** Starts reveal.js on the page's `.reveal` element: lesson decks and the whole talk share this. */
export async function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) return;
  markFragments(root);
  if (root.dataset.deck === 'talk') {
    trimForTalk(root);
    scopeIdsPerLesson(root);
  }
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    ...DECK_SIZE,
    center: false,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    pdfSeparateFragments: false,
    plugins: [Notes, Search, Zoom],
  });
  await deck.initialize();
  const readingLink = document.querySelector<HTMLAnchorElement>('a[data-view-switch="reading"]');
  if (readingLink) {
    const base = readingLink.getAttribute('href')!.split('#')[0];
    const sync = () => {
      const id = deck.getCurrentSlide()?.id ?? '';
      readingLink.href = id.startsWith('slide-') ? `${base}#${id}` : base;
    };
    deck.on('slidechanged', sync);
    sync();
  }
  document.documentElement.dataset.deckReady = 'true';
}

/**
 * The whole talk keeps each lesson's main line (see src/utils/talk-plan.ts): vertical deep dives and hands-on
 * slides (exercises, quizzes) stay in the lesson decks.
 */
function trimForTalk(root: HTMLElement): void {
  for (const extra of root.querySelectorAll('.slides > section.slide-stack > section:not(:first-child)')) extra.remove();
  for (const slide of root.querySelectorAll('.slides > section')) {
    if (slide.querySelector('.exercise, .quiz')) slide.remove();
  }
}

/** `<Fragments>` wraps a Markdown list: in a deck its items appear one by one. */
function markFragments(root: HTMLElement): void {
  for (const item of root.querySelectorAll('.fragments li')) item.classList.add('fragment');
}

/**
 * The talk concatenates lessons whose ids repeat (`slide-1`, a "takeaways" heading…): prefix every id in a
 * lesson's slides with its slug, and the references to them, so anchors and ARIA labels stay unique.
 */
function scopeIdsPerLesson(root: HTMLElement): void {
  for (const start of root.querySelectorAll<HTMLElement>('[data-lesson-start]')) {
    const slug = start.dataset.lessonStart!;
    const chunk: Element[] = [];
    for (let node = start.nextElementSibling; node && !(node as HTMLElement).dataset.lessonStart; node = node.nextElementSibling) {
      chunk.push(node);
    }
    const renamed = new Map<string, string>();
    for (const element of chunk.flatMap((node) => [node, ...node.querySelectorAll('[id]')])) {
      if (!element.id) continue;
      renamed.set(element.id, `${slug}--${element.id}`);
      element.id = `${slug}--${element.id}`;
    }
    for (const element of chunk.flatMap((node) => [node, ...node.querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls], [for], a[href^="#"]')])) {
      for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        const value = element.getAttribute(name);
        if (value) element.setAttribute(name, value.split(/\s+/).map((id) => renamed.get(id) ?? id).join(' '));
      }
      const href = element.getAttribute('href');
      if (href?.startsWith('#') && renamed.has(href.slice(1))) element.setAttribute('href', `#${renamed.get(href.slice(1))}`);
    }
  }
}
