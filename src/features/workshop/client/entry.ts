// The island's entry: an instructor link in the address bar is taken in first, then the island starts.
import { sessionFromLink } from './workshop-page.ts';
import { startWorkshop as start } from './start.ts';
import type { DeckApi } from './follow.ts';

export async function startWorkshop(deckReady: Promise<DeckApi>): Promise<void> {
  if (document.querySelector('[data-workshop-page]')) await sessionFromLink();
  await start(deckReady);
}
