import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '../styles/deck.css';

/** Starts reveal.js on the page's `.reveal` element: lesson decks and the whole talk share this. */
export async function startDeck(): Promise<void> {
  const root = document.querySelector<HTMLElement>('.reveal');
  if (!root) return;
  markFragments(root);
  if (root.dataset.deck === 'talk') prefixSlideIdsPerLesson(root);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const deck = new Reveal(root, {
    hash: true,
    respondToHashChanges: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    width: 1280,
    height: 720,
    margin: 0.06,
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

/** `<Fragments>` wraps a Markdown list: in a deck its items appear one by one. */
function markFragments(root: HTMLElement): void {
  for (const item of root.querySelectorAll('.fragments li')) item.classList.add('fragment');
}

/** The talk concatenates lessons whose slide ids repeat (`slide-1`…): make them unique per lesson. */
function prefixSlideIdsPerLesson(root: HTMLElement): void {
  for (const lesson of root.querySelectorAll<HTMLElement>('[data-lesson-start]')) {
    const slug = lesson.dataset.lessonStart!;
    let node = lesson.nextElementSibling;
    while (node && !(node as HTMLElement).dataset.lessonStart) {
      for (const slide of [node, ...node.querySelectorAll('[id^="slide-"]')]) {
        if (slide.id.startsWith('slide-')) slide.id = `${slug}-${slide.id}`;
      }
      node = node.nextElementSibling;
    }
  }
}
