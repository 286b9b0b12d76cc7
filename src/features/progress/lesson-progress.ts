import { pageProgressStore } from './page-store.ts';
import type { Notice, ProgressDocument } from './index.ts';

/**
 * On every page: ticks completed lessons in the sidebar, shows the store's notices, and on lesson pages runs the
 * "Mark this lesson as done" toggle. Kept small on purpose: it ships with every page.
 */
export function startLessonProgress(): void {
  const notices = document.querySelector<HTMLElement>('[data-progress-notices]');
  if (!notices || notices.dataset.ready !== undefined) return;
  notices.dataset.ready = '';
  // Out of the content column, whose layout would clip a fixed box: notices float over the page.
  document.body.append(notices);
  const texts = notices.dataset;
  const region = notices.firstElementChild!;
  const store = pageProgressStore();
  const lang = location.pathname.split('/')[1];
  const toggle = document.querySelector<HTMLInputElement>('input[data-lesson-done]');

  const show = (notice: Notice) => {
    const kind = notice.kind === 'corrupt' && !notice.detail ? 'corrupt-unsaved' : notice.kind;
    const line = document.createElement('p');
    line.textContent = (texts[`text-${kind}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? kind).replace(/\{(key|id)\}/g, notice.detail ?? '');
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = texts.textDismiss!;
    dismiss.addEventListener('click', () => line.remove());
    line.append(dismiss);
    region.append(line);
  };

  const render = (doc: ProgressDocument) => {
    for (const tick of document.querySelectorAll('nav.sidebar .progress-tick')) tick.remove();
    for (const slug of Object.keys(doc.lessons)) {
      for (const link of document.querySelectorAll(`nav.sidebar a[href="/${lang}/${slug}/"]`)) {
        const tick = document.createElement('span');
        const mark = document.createElement('span');
        const label = document.createElement('span');
        tick.className = 'progress-tick';
        mark.ariaHidden = 'true';
        mark.textContent = ' ✓';
        label.className = 'sr-only';
        label.textContent = ` (${texts.textTick})`;
        tick.append(mark, label);
        link.append(tick);
      }
    }
    if (toggle) toggle.checked = toggle.dataset.lessonDone! in doc.lessons;
  };

  store.notices.forEach(show);
  store.onNotice(show);
  store.subscribe(render);
  render(store.snapshot());
  if (toggle) {
    toggle.disabled = false;
    toggle.addEventListener('change', () => store.setLessonComplete(toggle.dataset.lessonDone!, toggle.checked));
  }
}
