// The presenter's screen: the live slide, the next one, the notes, a clock, an elapsed timer (pause, reset) and
// the pacing bar against the plan. The same layout serves a second window (`?presenter`, key S) and this tab
// (key T or the toolbar button) for one-screen setups; the audience's slide is the deck itself, only smaller.
import { el, part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Deck } from './deck-sync.ts';
import { followOneAhead, previewUrl } from './next-preview.ts';
import { clockText, pacingAt } from './pacing.ts';
import { elapsedMs, isPaused, resetStopwatch, restoredStopwatch, startedStopwatch, storedStopwatch, togglePause, type Stopwatch } from './stopwatch.ts';
import { notesOf } from './slide-notes.ts';
import { readStored, writeStored } from '../../../ui/web-storage.ts';
import type { DeckPlan } from './plan.ts';

export interface PresenterOptions extends DeckPlan {
  /** In its own window the view is the whole page; in this tab it can be closed again. */
  ownWindow: boolean;
}

export interface PresenterView {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export function presenterView(deck: Deck, t: Translate, options: PresenterOptions): PresenterView {
  const root = document.documentElement;
  const lang = root.lang || 'en';
  const clockFormat = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });
  let view: HTMLElement | null = null;
  let watch: Stopwatch | null = null;
  let tick: ReturnType<typeof setInterval> | undefined;
  let followPreview = () => {};

  // The timer outlives a reload of the presenter window (or of this tab), so a talk's time is not lost to F5.
  // Storage refused or full: the timer still runs, it only forgets a reload.
  const storageKey = `deck:stopwatch:${location.pathname}`;
  const keep = (kept: Stopwatch) => (writeStored('localStorage', storageKey, storedStopwatch(kept, Date.now())), kept);

  const button = (action: string, text: string) => el('button', { class: `presenter-button presenter-${action}`, text, data: { action }, attrs: { type: 'button' } });

  function build(): HTMLElement {
    const frame = el('iframe', { class: 'presenter-next-frame', attrs: { title: t('deck.presenter.nextFrame'), src: previewUrl(location), tabindex: '-1' } });
    const section = el(
      'section',
      { class: 'presenter', attrs: { 'aria-label': t('deck.presenter.label') } },
      el(
        'header',
        { class: 'presenter-bar' },
        el('span', { class: 'presenter-counter', attrs: { 'aria-live': 'polite' } }),
        el('span', { class: 'presenter-clock', attrs: { title: t('deck.presenter.clock') } }),
        el('span', { class: 'presenter-elapsed', attrs: { role: 'timer', 'aria-label': t('deck.presenter.elapsed') } }),
        button('pause', t('deck.presenter.pause')),
        button('reset', t('deck.presenter.reset')),
        el(
          'div',
          { class: 'presenter-pacing' },
          el('div', { class: 'pacing-track', attrs: { 'aria-hidden': 'true' } }, el('div', { class: 'pacing-elapsed' }), el('div', { class: 'pacing-planned' })),
          el('span', { class: 'pacing-status' }),
          el('span', { class: 'pacing-plan' }),
        ),
        el('a', { class: 'presenter-button presenter-remote', text: t('deck.presenter.remote'), attrs: { href: `${location.pathname}?remote${location.hash}`, target: '_blank' } }),
        el('a', { class: 'presenter-button presenter-phone-remote', text: t('deck.presenter.phoneRemote'), attrs: { target: '_blank', hidden: '' } }),
        !options.ownWindow ? button('close', t('deck.presenter.close')) : '',
      ),
      el(
        'div',
        { class: 'presenter-side' },
        el('h2', { class: 'presenter-heading presenter-next-heading', text: t('deck.presenter.next') }),
        el('div', { class: 'presenter-next' }, frame, el('p', { class: 'presenter-end', text: t('deck.presenter.end'), attrs: { hidden: '' } })),
        el(
          'div',
          { class: 'presenter-phone-text', attrs: { hidden: '' } },
          el('img', { class: 'presenter-phone-qr', attrs: { alt: t('deck.presenter.phoneRemoteQr'), width: '160', height: '160', hidden: '' } }),
          el('p', {}, t('deck.presenter.phoneRemoteType'), ' ', el('code')),
        ),
        el('h2', { class: 'presenter-heading', text: t('deck.presenter.notes') }),
        el('div', { class: 'presenter-notes', attrs: { tabindex: '0' } }),
      ),
    );
    section.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'pause' && watch) keep((watch = togglePause(watch, Date.now())));
      else if (action === 'reset' && watch) keep((watch = resetStopwatch(watch, Date.now())));
      else if (action === 'close') return close();
      render();
    });
    followPreview = followOneAhead(frame, deck, (atEnd) => {
      frame.hidden = atEnd;
      part(section, '.presenter-end').hidden = !atEnd;
    });
    return section;
  }

  function render(): void {
    if (!view || !watch) return;
    const now = Date.now();
    const seconds = elapsedMs(watch, now) / 1000;
    const slideCount = deck.getTotalSlides();
    const slidesBefore = deck.getSlidePastCount();
    setText(part(view, '.presenter-counter'), t('deck.presenter.counter', { n: slidesBefore + 1, total: slideCount }));
    part(view, '.presenter-clock').textContent = clockFormat.format(now);
    part(view, '.presenter-elapsed').textContent = clockText(seconds);
    showPhoneRemote(view);
    const pause = part(view, '.presenter-pause');
    pause.textContent = t(isPaused(watch) ? 'deck.presenter.resume' : 'deck.presenter.pause');
    pause.setAttribute('aria-pressed', String(isPaused(watch)));
    const bar = part(view, '.presenter-pacing');
    bar.hidden = !options.secondsPerSlide;
    if (!options.secondsPerSlide) return;
    const pacing = pacingAt({ elapsedSeconds: seconds, slidesBefore, slideCount, secondsPerSlide: options.secondsPerSlide });
    bar.dataset.status = pacing.status;
    bar.style.setProperty('--elapsed', String(pacing.elapsedShare));
    bar.style.setProperty('--planned', String(pacing.plannedShare));
    part(view, '.pacing-status').textContent =
      pacing.status === 'on-time' ? t('deck.presenter.onTime') : t(`deck.presenter.${pacing.status}`, { minutes: pacing.minutes });
    const plan = t('deck.presenter.plan', { planned: clockText(pacing.plannedSeconds), total: clockText(pacing.totalSeconds) });
    part(view, '.pacing-plan').textContent = options.slotMinutes ? `${plan} · ${t('deck.presenter.slot', { minutes: options.slotMinutes })}` : plan;
  }

  function onMove(): void {
    if (!view) return;
    const current = deck.getCurrentSlide();
    const notes = current ? notesOf(current) : [];
    const body = part(view, '.presenter-notes');
    if (notes.length) body.replaceChildren(...notes);
    else body.replaceChildren(el('p', { class: 'presenter-no-notes', text: t('deck.presenter.noNotes') }));
    body.scrollTop = 0;
    part<HTMLAnchorElement>(view, '.presenter-remote').href = `${location.pathname}?remote${location.hash}`;
    followPreview();
    render();
  }

  const moves = ['slidechanged', 'fragmentshown', 'fragmenthidden'];

  function open(): void {
    if (view) return;
    view = build();
    document.body.append(view);
    watch ??= restoredStopwatch(readStored('localStorage', storageKey), Date.now()) ?? keep(startedStopwatch(Date.now()));
    root.classList.add('deck-presenter');
    for (const type of moves) deck.on(type, onMove);
    tick = setInterval(render, 1000);
    deck.layout();
    onMove();
  }

  function close(): void {
    if (!view) return;
    for (const type of moves) deck.off(type, onMove);
    clearInterval(tick);
    view.remove();
    view = null;
    root.classList.remove('deck-presenter');
    deck.layout();
    document.querySelector<HTMLElement>('[data-presenter-toggle]')?.focus();
  }

  return { open, close, isOpen: () => view !== null };
}

/** The phone remote's link, once the workshop island has put it on the page (only when served by the workshop
 *  server, as the room's instructor): a link to open, a QR code to scan and the same address to type. */
function showPhoneRemote(view: HTMLElement): void {
  const { deckPhoneRemote: link, deckPhoneRemoteQr: qr } = document.documentElement.dataset;
  const anchor = part<HTMLAnchorElement>(view, '.presenter-phone-remote');
  const text = part(view, '.presenter-phone-text');
  anchor.hidden = text.hidden = !link;
  if (!link || anchor.href === link) return;
  anchor.href = link;
  part(text, 'code').textContent = link;
  const image = part<HTMLImageElement>(text, '.presenter-phone-qr');
  image.hidden = !qr;
  if (qr) image.src = qr;
}

/** Writes only a change: the counter is a live region, and the view redraws every second. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
