import { draw, part } from '../../../ui/dom.ts';
import { stringsOf } from '../../../ui/strings.ts';
import { continueTarget, type CourseLesson } from '../continuity.ts';
import { pageProgressStore } from '../page-store.ts';
import { continueViews } from './view.ts';

/** Fills the box from the saved progress and keeps it current (another tab may move on). */
export function startContinueBox(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-continue]')) {
    if (box.dataset.ready !== undefined) continue;
    box.dataset.ready = '';
    const lessons = JSON.parse(part(box, '[data-continue-lessons]').textContent!) as CourseLesson[];
    const t = stringsOf(box);
    const body = part(box, '[data-continue-body]');
    const store = pageProgressStore();
    const render = () => {
      const views = continueViews(continueTarget(lessons, store.snapshot()), box.dataset.progressHref, t);
      draw(body, ...views);
      box.hidden = views.length === 0;
    };
    store.subscribe(render);
    render();
  }
}
