import type { Translate } from '../../../ui/strings.ts';

/**
 * The deck's slide numbers, as the counter shows them and the jump box reads them: main-line slides count 1, 2, 3…
 * and the deep dives below main slide 5 are 5.1, 5.2…, so → from 5 reaches 6 and ↓ reaches 5.1.
 */

/** Where a slide sits: `h` its main-line index, `v` its place in the stack below (0 = the main slide itself). */
export interface SlidePosition {
  h: number;
  v: number;
}

/** The deck's shape: for each main-line slide, how many slides its column holds (1 = no deep dive). */
export type DeckLayout = readonly number[];

/** "5" for the fifth main slide, "5.2" for its second deep dive. */
export function slideLabel({ h, v }: SlidePosition): string {
  return v > 0 ? `${h + 1}.${v}` : String(h + 1);
}

/** The position a typed label names ("7", "5.1", " 5,1 ", "#5.1"), or null if the deck has no such slide. */
export function positionOfLabel(typed: string, layout: DeckLayout): SlidePosition | null {
  const match = /^#?\s*(\d+)(?:\s*[.,]\s*(\d+))?$/.exec(typed.trim());
  if (!match) return null;
  const h = Number(match[1]) - 1;
  const v = match[2] === undefined ? 0 : Number(match[2]);
  if (h < 0 || h >= layout.length || v >= layout[h]) return null;
  return { h, v };
}

/** Deep-dive slides below main slide `h` (0 when it has none). */
export function deepDivesBelow(h: number, layout: DeckLayout): number {
  return Math.max(0, (layout[h] ?? 1) - 1);
}

/** The counter: "5 / 40" on the main line; below it "Deep dive 1 of 3", then "5.1 / 40" on a line of its own (the
 *  total counts main slides). */
export function counterText(position: SlidePosition, layout: DeckLayout, t: Translate): string {
  const count = `${slideLabel(position)} / ${layout.length}`;
  if (position.v === 0) return count;
  return `${t('deck.tools.deepDive', { n: position.v, total: deepDivesBelow(position.h, layout) })}\n${count}`;
}
