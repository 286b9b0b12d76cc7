// The island's entry: an instructor link in the address bar is taken in first, then the island starts.
import { sessionFromLink } from './workshop-page.ts';
import { startWorkshop as start } from './start.ts';
import type { DeckApi } from './follow.ts';
import { startRemoteRelay } from './remote-relay.ts';
import type { RemoteLink } from './remote-link.ts';

/** With a remote link (a phone remote's `?remote&room=…#key=…`) the page drives the instructor's deck and joins
 *  nothing else. */
export async function startWorkshop(deckReady: Promise<DeckApi>, remote: RemoteLink | null = null): Promise<void> {
  if (remote) return startRemoteRelay(remote, deckReady);
  if (document.querySelector('[data-workshop-page]')) await sessionFromLink();
  await start(deckReady);
}
