import { stringsOf } from '../../../ui/strings.ts';
import type { Notice, ProgressDocument } from '../index.ts';
import { pageProgressStore } from '../page-store.ts';
import { isLessonDone, moduleCount } from '../lesson-status.ts';

/** The notice text for each kind the store reports ("corrupt" without a backup key reads differently). */
const noticeKeys: Record<Notice['kind'] | 'corrupt-unsaved', string> = {
  corrupt: 'notice.corrupt',
  'corrupt-unsaved': 'notice.corruptUnsaved',
  quota: 'notice.quota',
  unavailable: 'notice.unavailable',
  'editor-too-large': 'notice.editor-too-large',
  'saved-again': 'notice.saved-again',
};

/**
 * On every page: ticks completed lessons in the sidebar and counts them per module, shows the store's notices, and on lesson pages runs the
 * "Mark this lesson as done" toggle. Kept small on purpose: it ships with every page.
 */
export function startLessonProgress(): void {
  const notices = document.querySelector<HTMLElement>('[data-progress-notices]');
  if (!notices || notices.dataset.ready !== undefined) return;
  notices.dataset.ready = '';
  // Out of the content column, whose layout would clip a fixed box: notices float over the page.
  document.body.append(notices);
  const t = stringsOf(notices);
  const region = notices.querySelector('[role="status"]')!;
  const store = pageProgressStore();
  const lang = location.pathname.split('/')[1];
  const toggle = document.querySelector<HTMLInputElement>('input[data-lesson-done]');

  const show = (notice: Notice) => {
    const kind = notice.kind === 'corrupt' && !notice.detail ? 'corrupt-unsaved' : notice.kind;
    const line = element('p', t(noticeKeys[kind], { key: notice.detail ?? '', name: kind === 'editor-too-large' ? nameOnPage(notice.detail ?? '') : '' }));
    const dismiss = element('button', t('progress.dismiss'));
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => line.remove());
    line.append(dismiss);
    region.append(line);
  };

  const render = (doc: ProgressDocument) => {
    for (const tick of document.querySelectorAll('nav.sidebar .progress-tick')) tick.remove();
    for (const slug of Object.keys(doc.lessons)) {
      for (const link of document.querySelectorAll(`nav.sidebar a[href="/${lang}/${slug}/"]`)) {
        const tick = element('span', '', 'progress-tick');
        const mark = element('span', ' ✓');
        mark.ariaHidden = 'true';
        tick.append(mark, element('span', ` (${t('progress.tick')})`, 'sr-only'));
        link.append(tick);
      }
    }
    // Each module (a sidebar group): done/total for the eye, a sentence for screen readers.
    for (const group of document.querySelectorAll('nav.sidebar details')) {
      const slugs = [...group.querySelectorAll(':scope > ul a[href]')].map((link) => link.getAttribute('href')!.split('/')[2]);
      const { done, total } = moduleCount(slugs, doc);
      group.querySelector('.module-count')?.remove();
      const count = element('span', '', 'module-count');
      const figure = element('span', `${done}/${total}`);
      figure.ariaHidden = 'true';
      count.append(figure, element('span', t('progress.module', { done, total }), 'sr-only'));
      count.toggleAttribute('data-complete', done === total);
      group.querySelector(':scope > summary .group-label')?.after(count);
    }
    if (toggle) toggle.checked = isLessonDone(doc, toggle.dataset.lessonDone!);
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

// Not src/ui/dom.ts's el(): this script ships with every page, under a 5 KB budget (tests/e2e/progress.test.ts).
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The title the page shows for a saved editor (its exercise's or lab's heading), so a notice never shows its id. */
function nameOnPage(editorId: string): string {
  const id = CSS.escape(editorId);
  const host = document.querySelector(`[data-editor-id="${id}"], [data-lab-id="${id}"]`);
  const label = host?.closest('[aria-labelledby]')?.getAttribute('aria-labelledby');
  const heading = label ? document.getElementById(label) : document.querySelector('main h1');
  return heading?.textContent?.trim() || editorId.replace(/^[a-z]+:/, '');
}
