import { slideLabel, type DeckLayout } from './slide-number.ts';

/**
 * Reads the deck's shape from its markup before reveal.js starts (its print view later moves every slide into a
 * page of its own, stacks and all): each slide gets `data-slide-label`, the number the counter and the PDF show.
 */
export function labelSlides(root: HTMLElement): DeckLayout {
  const columns = [...root.querySelectorAll<HTMLElement>('.slides > section')];
  return columns.map((column, h) => {
    const stack = [...column.querySelectorAll<HTMLElement>(':scope > section')];
    const slides = stack.length ? stack : [column];
    slides.forEach((slide, v) => (slide.dataset.slideLabel = slideLabel({ h, v })));
    return slides.length;
  });
}
