// Keeping the lab's terminal in the window. A learner who starts a lab types into its terminal at once, so it has to
// be on screen: and xterm.js stops drawing a terminal that is out of view, so one left below the fold would not even
// show the prompt when scrolled to later until it redraws.

/** Room left between the terminal and the window's edge (px). */
const MARGIN = 16;

/**
 * How far the window should scroll (px, positive is down) so that a box `top`..`bottom` (relative to the window) is
 * in view: 0 when it already is; a box taller than the window gets its top shown.
 */
export function scrollToShow(top: number, bottom: number, windowHeight: number): number {
  if (top >= 0 && bottom <= windowHeight) return 0;
  if (bottom - top + 2 * MARGIN > windowHeight || top < 0) return top - MARGIN;
  return bottom - windowHeight + MARGIN;
}

/** Scrolls the window (never an inner scroller, so a deck's layout is untouched) to bring `element` into view. */
export function scrollWindowToShow(element: Element): void {
  const { top, bottom } = element.getBoundingClientRect();
  const delta = scrollToShow(top, bottom, window.innerHeight);
  if (delta === 0) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: delta, behavior: reduced ? 'instant' : 'smooth' });
}
