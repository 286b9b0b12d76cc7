import type { RevealConfig } from 'reveal.js';
import { stringsOf, type Translate } from '../../../ui/strings.ts';
import { isTypingTarget, type Deck, type WithOverlay } from './deck-api.ts';
import { labelSlides } from './deck-shape.ts';
import { showDeepDiveHint } from './deep-dive-hint.ts';
import { drawingLayer } from './drawing.ts';
import { enableJumpToSlide } from './jump-to-slide.ts';
import { laserPointer, type PointerTool } from './laser.ts';
import { prepareForPrint } from './print.ts';
import { counterText, positionOfLabel, type DeckLayout } from './slide-number.ts';
import './slide-tools.css';

/**
 * Before reveal.js starts: numbers the slides and returns the options the tools rely on. The counter reads
 * "5 / 40" on the main line and "Deep dive 1 of 2" over "5.1 / 40" below slide 5: → goes 5 → 6, ↓ goes 5 → 5.1.
 */
export function prepareSlideTools(root: HTMLElement): { layout: DeckLayout; options: RevealConfig } {
  const layout = labelSlides(root);
  const tools = document.querySelector<HTMLElement>('[data-slide-tools]');
  const t = stringsOf(tools ?? document.createElement('div'));
  if (printing()) {
    const reading = document.querySelector<HTMLAnchorElement>('a[data-view-switch="reading"]');
    prepareForPrint(root, reading?.getAttribute('href') ?? undefined, t);
  }
  const options: RevealConfig = {
    slideNumber: (slide: HTMLElement | undefined) => {
      const position = positionOfLabel(slide?.dataset.slideLabel ?? '', layout);
      return [position ? counterText(position, layout, t) : '', '', ''];
    },
    // Ours (jump-to-slide.ts) reads the counter's numbers.
    jumpToSlide: false,
    // reveal.js turns narrow screens into a scrolling page with no arrows and no counter; a phone keeps the deck.
    scrollActivationWidth: 0,
    // A slide taller than its page is cut, never spilled onto a blank-looking second page (print CSS keeps them short).
    pdfMaxPagesPerSlide: 1,
  };
  return { layout, options };
}

/** After reveal.js has started: help line, jump box, laser (L), drawing (D, C clears, Esc stops). */
export function startSlideTools(deck: Deck, layout: DeckLayout): void {
  const tools = document.querySelector<HTMLElement>('[data-slide-tools]');
  if (!tools || printing()) return;
  const t = stringsOf(tools);
  showDeepDiveHint(deck, tools, layout);
  enableJumpToSlide(deck, tools, layout, t);
  enablePointerTools(deck, tools, t);
  // The toolbar line names only a few keys and points to ?, whose list lacks the zoom plugin's Alt+click.
  deck.registerKeyboardShortcut('Alt + click', t('deck.tools.zoomKey'));
  withoutOurKeysInHelp(deck, { L: t('deck.tools.laserKey'), G: t('deck.tools.jumpKey') });
}

/** reveal.js's own test for its print view. */
const printing = () => /print-pdf/gi.test(location.search);

function enablePointerTools(deck: Deck, tools: HTMLElement, t: Translate): void {
  const laser = laserPointer(tools.querySelector<HTMLElement>('.laser-dot')!);
  const pen = drawingLayer(tools.querySelector<HTMLCanvasElement>('.drawing-layer')!);
  const status = tools.querySelector<HTMLElement>('.slide-tools-mode')!;
  const use = (tool: PointerTool | undefined) => {
    for (const each of [laser, pen]) each.setActive(each === tool);
    status.textContent = tool === laser ? t('deck.tools.laserOn') : tool === pen ? t('deck.tools.drawOn') : '';
  };
  deck.addKeyBinding({ keyCode: 76, key: 'L', description: t('deck.tools.laserKey') }, () => use(laser.active ? undefined : laser));
  deck.addKeyBinding({ keyCode: 68, key: 'D', description: t('deck.tools.drawKey') }, () => use(pen.active ? undefined : pen));
  // C also keeps its reveal.js meaning: close an open overlay (the help, a preview).
  deck.addKeyBinding({ keyCode: 67, key: 'C', description: t('deck.tools.clearKey') }, () => {
    const overlay = deck as WithOverlay;
    if (overlay.isOverlayOpen()) overlay.closeOverlay();
    else pen.clear();
  });
  deck.on('slidechanged', () => pen.clear());
  // Esc leaves the tool instead of opening reveal.js's overview (its listener is on document; this one runs first).
  addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(laser.active || pen.active) || isTypingTarget(event.target)) return;
      event.stopPropagation();
      event.preventDefault();
      use(undefined);
    },
    { capture: true },
  );
}

/**
 * reveal.js's ? list still names keys of ours among its own ("→ , L: Navigate right", "G: Jump to slide"), and it
 * rebuilds its shortcuts whenever it is configured: so the list is corrected as it opens. `ours` maps each key to
 * the description of our binding (that row stays); elsewhere the key leaves the label, and a row with no key left goes.
 */
function withoutOurKeysInHelp(deck: Deck, ours: Record<string, string>): void {
  deck.on('showhelp', () => {
    for (const row of document.querySelectorAll<HTMLTableRowElement>('.r-overlay-help-content tr')) {
      const [keyCell, actionCell] = row.querySelectorAll('td');
      if (!keyCell || !actionCell) continue;
      const keys = (keyCell.textContent ?? '').split(',').map((key) => key.trim());
      if (keys.length === 1 && ours[keys[0]] === actionCell.textContent) continue;
      const left = keys.filter((key) => !(key in ours));
      if (left.length === 0) row.remove();
      else if (left.length < keys.length) keyCell.textContent = left.join(' , ');
    }
  });
}
