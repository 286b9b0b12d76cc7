// The presenter side of a deck, started by deck.ts once reveal.js is ready. Which part runs depends on the page's
// role (page-role.ts): the audience's deck, where S opens the presenter window and T the view in this tab; the
// presenter's window; a remote; or the next-slide preview, which stays inert.
import { stringsOf } from '../../../ui/strings.ts';
import { syncDecks, type Deck } from './deck-sync.ts';
import { presenterView } from './presenter-view.ts';
import { startRemote } from './remote-view.ts';
import { planOf } from './plan.ts';
import { pageRole } from './page-role.ts';

const KEY_S = 83;
const KEY_T = 84;

export function startPresenterTools(deck: Deck): void {
  const role = pageRole(location.search);
  // The preview frame and the PDF view show slides only.
  if (role === 'preview' || role === 'print') return;
  const t = stringsOf(document.querySelector('.deck-toolbar') ?? document);
  syncDecks(deck);
  if (role === 'remote') return startRemote(deck, t);
  const view = presenterView(deck, t, { ownWindow: role === 'presenter', ...planOf(deck.getRevealElement() as HTMLElement) });
  if (role === 'presenter') return view.open();

  const toggle = () => (view.isOpen() ? view.close() : view.open());
  deck.addKeyBinding({ keyCode: KEY_T, key: 'T', description: t('deck.presenter.keyT') }, toggle);
  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: t('deck.presenter.keyS') }, () => {
    window.open(`${location.pathname}?presenter${location.hash}`, 'deck-presenter', 'popup,width=1280,height=800');
  });
  document.querySelector('[data-presenter-toggle]')?.addEventListener('click', toggle);
}
