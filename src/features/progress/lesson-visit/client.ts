import { completesLesson, type HandsOnParts } from '../continuity.ts';
import { pageProgressStore } from '../page-store.ts';

/** Where a reading page's slide counts as the one being read: its top has crossed the upper third of the window. */
const READING_LINE = '0px 0px -66% 0px';

/**
 * Records this lesson as the learner's latest visit, then the slide being read as they scroll (one save per new
 * slide), and marks the lesson done when a change completes its hands-on parts (continuity.ts decides).
 */
export function startLessonVisit(): void {
  const data = document.querySelector<HTMLScriptElement>('script[data-lesson-parts]');
  if (!data || data.dataset.ready !== undefined) return;
  data.dataset.ready = '';
  const slug = data.dataset.lessonParts!;
  const parts = JSON.parse(data.textContent!) as HandsOnParts;
  const store = pageProgressStore();

  let before = store.snapshot();
  store.subscribe((after) => {
    const done = completesLesson(slug, parts, before, after);
    before = after;
    // After this save's listeners have all run: a save from inside one would reach the later ones out of order.
    if (done) queueMicrotask(() => store.setLessonComplete(slug, true));
  });

  // The intro (slide-0) is the top of the page: no slide to return to.
  const slideOf = (id: string | undefined) => (id?.startsWith('slide-') && id !== 'slide-0' ? id : undefined);
  let slide = slideOf(location.hash.slice(1));
  store.recordVisit(slug, slide);
  const sections = document.querySelectorAll<HTMLElement>('section.slide[id^="slide-"]');
  if (!sections.length || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      const latest = entries.filter((entry) => entry.isIntersecting).at(-1);
      if (latest && slideOf(latest.target.id) !== slide) store.recordVisit(slug, (slide = slideOf(latest.target.id)));
    },
    { rootMargin: READING_LINE },
  );
  sections.forEach((section) => observer.observe(section));
}
