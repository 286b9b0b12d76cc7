// The pace a deck is planned at, written by the build on `.reveal` (DeckLayout.astro, from src/course/talk.ts):
// seconds per slide for every deck, and the slot in minutes for a talk variant.

export interface DeckPlan {
  secondsPerSlide?: number;
  slotMinutes?: number;
}

export function planOf(reveal: HTMLElement): DeckPlan {
  const positive = (value: string | undefined) => (Number(value) > 0 ? Number(value) : undefined);
  return { secondsPerSlide: positive(reveal.dataset.secondsPerSlide), slotMinutes: positive(reveal.dataset.slotMinutes) };
}
