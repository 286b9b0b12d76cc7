import type Reveal from 'reveal.js';

/** A started reveal.js deck. */
export type Deck = InstanceType<typeof Reveal>;

/** reveal.js's overlay (the ? help, a preview): in its API, not yet in its types. */
export type WithOverlay = Deck & { isOverlayOpen(): boolean; closeOverlay(): boolean };

/** Keys typed into a field, an editable area or an island (`<graded-exercise>`…) belong to it, not to the tools. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('input, textarea, select')) return true;
  for (let el: Element | null = target; el; el = el.parentElement) if (el.localName.includes('-')) return true;
  return false;
}
