import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck.css';
import '../exercises/exercise.css';
import { DECK_SIZE } from './deck-size.ts';
import { startPresenterTools } from './presenter/presenter.ts';
import { pageRole, roleConfig } from './presenter/page-role.ts';
import './presenter/presenter.css';
import { prepareSlideTools, startSlideTools } from './slide-tools/start.ts';

/**
 * Starts reveal.js on the page's `.reveal` element: lesson decks and the whole talk share this. Speaker notes,
 * presenter view and remote are ours (presenter/), not reveal.js's notes plugin. The talk arrives
 * already trimmed to each lesson's main line, with ids scoped per lesson (src/course/talk-slides.ts).
 */
export async function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) return;
  markFragments(root);
  const tools = prepareSlideTools(root);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    showSlideNumber: 'all',
    ...DECK_SIZE,
    center: false,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    pdfSeparateFragments: false,
    plugins: [Search, Zoom],
    ...tools.options,
    ...roleConfig(pageRole(location.search)),
  });
  await deck.initialize();
  startSlideTools(deck, tools.layout);
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
  startPresenterTools(deck);
  document.documentElement.dataset.deckReady = 'true';
  root.dispatchEvent(new CustomEvent('deck-ready', { bubbles: true, detail: deck }));
}

/** `<Fragments>` wraps a Markdown list: in a deck its items appear one by one. */
function markFragments(root: HTMLElement): void {
  for (const item of root.querySelectorAll('.fragments li')) item.classList.add('fragment');
}
