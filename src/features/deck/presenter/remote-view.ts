// A phone (or another tab) as a remote: this deck, shown small, with the notes of the current slide and two big
// buttons. It moves its own copy of the deck; deck-sync.ts carries the move to the presenter's deck.
import { el, part } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { Deck } from './deck-sync.ts';
import { notesOf } from './slide-notes.ts';

export function startRemote(deck: Deck, t: Translate): void {
  document.documentElement.classList.add('deck-remote');
  const button = (action: 'prev' | 'next', text: string) =>
    el('button', { class: `remote-button remote-${action}`, text, data: { action }, attrs: { type: 'button' } });
  const panel = el(
    'section',
    { class: 'remote', attrs: { 'aria-label': t('deck.presenter.remoteLabel') } },
    el('div', { class: 'remote-buttons' }, button('prev', t('deck.presenter.prev')), el('span', { class: 'remote-counter', attrs: { 'aria-live': 'polite' } }), button('next', t('deck.presenter.nextSlide'))),
    el('h2', { class: 'presenter-heading', text: t('deck.presenter.notes') }),
    el('div', { class: 'remote-notes' }),
  );
  panel.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'prev') deck.prev();
    else if (action === 'next') deck.next();
  });
  const show = () => {
    const current = deck.getCurrentSlide();
    const notes = current ? notesOf(current) : [];
    part(panel, '.remote-notes').replaceChildren(...(notes.length ? notes : [el('p', { text: t('deck.presenter.noNotes') })]));
    part(panel, '.remote-counter').textContent = t('deck.presenter.counter', { n: deck.getSlidePastCount() + 1, total: deck.getTotalSlides() });
  };
  for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(type, show);
  document.body.append(panel);
  deck.layout();
  show();
}
