import type { Translate } from '../../../ui/strings.ts';

/**
 * The PDF export (`?print-pdf`): one page per slide, numbered as the counter numbers it (5, 5.1…), and every
 * interactive piece on a slide (exercise, lab, simulator) gives way to a note saying where to try it, since paper
 * can't. The print stylesheet (slide-tools.css) hides what only works live. Runs before reveal.js lays the pages out.
 */
export function prepareForPrint(root: HTMLElement, readingHref: string | undefined, t: Translate): void {
  for (const island of outermostIslands(root)) {
    const slide = island.closest<HTMLElement>('section[id]');
    const page = new URL(readingHref ?? location.pathname.replace(/slides\/$/, ''), location.href);
    if (slide?.id.startsWith('slide-')) page.hash = slide.id;
    const note = document.createElement('p');
    note.className = 'print-note';
    note.textContent = t('deck.tools.printNote', { url: page.href });
    island.after(note);
    // A quiz prints as the slide shows it (its first question, options as a list); the rest only work live.
    if (island.localName !== 'lesson-quiz') island.dataset.printHidden = '';
  }
  root.addEventListener('pdf-ready', () => {
    for (const page of root.querySelectorAll<HTMLElement>('.pdf-page')) {
      const label = page.querySelector<HTMLElement>('section[data-slide-label]')?.dataset.slideLabel;
      const number = page.querySelector('.slide-number-pdf');
      if (label && number) number.textContent = label;
    }
    document.documentElement.dataset.pdfReady = 'true';
  });
}

/** Custom elements on slides that are not inside another one (an editor inside an exercise is the exercise's). */
function outermostIslands(root: HTMLElement): HTMLElement[] {
  const isIsland = (el: Element) => el.localName.includes('-');
  return [...root.querySelectorAll<HTMLElement>('.slides section *')].filter((el) => {
    if (!isIsland(el)) return false;
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (isIsland(up)) return false;
    return true;
  });
}
