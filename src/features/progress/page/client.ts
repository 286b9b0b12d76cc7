// The progress page island: lessons and saved work from the store (redrawn by ./view.ts), export, import with a
// preview, set-aside data, and clear all.
import { draw, el, part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import { IMPORT_SIZE_LIMIT, exportProgress, importProgress, previewImport, type ProgressDocument } from '../index.ts';
import { pageProgressStore } from '../page-store.ts';
import { completionViews, courseComplete, lessonItems, otherItems, summaryLine, titleOf, type LessonRow, type SavedTitles } from './view.ts';

export function start({ host: page, t }: Island): void {
  const lessons = JSON.parse(part(page, '[data-progress-lessons]').textContent!) as LessonRow[];
  const titles = JSON.parse(part(page, '[data-progress-titles]').textContent!) as SavedTitles;
  const $ = <T extends HTMLElement>(selector: string) => part<T>(page, selector);
  const store = pageProgressStore();
  const message = $('[data-message]');
  const preview = $('[data-preview]');
  const fileInput = $<HTMLInputElement>('[data-import]');
  let pendingImport: string | undefined;

  const tell = (text: string, kind: 'info' | 'error' = 'info') => {
    message.dataset.kind = kind;
    message.textContent = text;
  };

  const item = (text: string) => el('li', { text });

  const render = (doc: ProgressDocument) => {
    $('[data-summary]').textContent = summaryLine(lessons, doc, t);
    const completion = $('[data-completion]');
    draw(completion, ...completionViews(lessons, doc, t));
    completion.toggleAttribute('data-complete', courseComplete(lessons, doc));
    draw($('.progress-lessons'), ...lessonItems(lessons, doc, t));
    draw($('[data-other]'), ...otherItems(lessons, doc, titles, t));
  };

  const closePreview = () => {
    pendingImport = undefined;
    preview.hidden = true;
    fileInput.value = '';
  };

  const download = (text: string, file: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    el('a', { attrs: { href: url, download: file } }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  $('[data-export]').addEventListener('click', () => {
    const file = `containers-progress-${new Date().toISOString().slice(0, 10)}.json`;
    download(exportProgress(store), file);
    tell(t('progress.exported', { file }));
  });

  // Unreadable data the store set aside: the learner can take it away (it is never shown as HTML).
  const renderBackups = () => {
    const keys = store.backups();
    $('[data-backups]').hidden = keys.length === 0;
    $('[data-backup-list]').replaceChildren(
      ...keys.map((key) => {
        const button = el('button', { text: t('progress.backupDownload', { key }), attrs: { type: 'button' } });
        button.addEventListener('click', () => download(store.readBackup(key) ?? '', `${key.replace(/[^\w.-]+/g, '-')}.json`));
        return el('li', {}, button);
      }),
    );
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    closePreview();
    if (!file) return;
    // A file over the limit is refused without reading it into memory (the store would refuse it too).
    if (file.size > IMPORT_SIZE_LIMIT) return tell(t('progress.error.too-large'), 'error');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return tell(t('progress.error.unreadable'), 'error');
    }
    const result = previewImport(store, text);
    if (!result.ok) return tell(t(`progress.error.${result.error}`), 'error');
    const counts = { new: 0, different: 0, same: 0, onlyHere: 0 };
    for (const change of result.changes) counts[change.kind === 'only-here' ? 'onlyHere' : change.kind] += 1;
    const lines = [t('progress.importCounts', counts)];
    if (result.skipped.length) lines.push(t('progress.importSkipped', { count: result.skipped.length }));
    if (!result.changes.some((c) => c.kind !== 'only-here')) lines.push(t('progress.importEmpty'));
    $('[data-preview-counts]').textContent = lines.join(' ');
    const list = result.changes
      .filter((c) => c.kind !== 'same')
      .slice(0, 100)
      .map((c) => item(`${t(`progress.section.${c.section}`)} “${titleOf(titles, c.section, c.id)}”: ${t(`progress.change.${c.kind}`)}`));
    $('[data-preview-list]').replaceChildren(...list);
    pendingImport = text;
    tell('');
    preview.hidden = false;
    part(preview, 'h3').focus();
  });

  for (const button of page.querySelectorAll<HTMLButtonElement>('[data-import-mode]')) {
    button.addEventListener('click', () => {
      if (pendingImport === undefined) return;
      const result = importProgress(store, pendingImport, button.dataset.importMode as 'merge' | 'replace');
      closePreview();
      if (result.ok) tell(t('progress.imported'));
      else tell(result.reason === 'invalid' ? t(`progress.error.${result.error}`) : t('progress.error.save'), 'error');
    });
  }
  $('[data-preview-cancel]').addEventListener('click', () => {
    closePreview();
    fileInput.focus();
  });

  const confirmBox = $('[data-clear-confirm]');
  $('[data-clear]').addEventListener('click', () => {
    confirmBox.hidden = false;
    part(confirmBox, '[data-clear-cancel]').focus();
  });
  $('[data-clear-cancel]').addEventListener('click', () => {
    confirmBox.hidden = true;
    $('[data-clear]').focus();
  });
  $('[data-clear-yes]').addEventListener('click', () => {
    const result = store.clearAll();
    confirmBox.hidden = true;
    $('[data-clear]').focus();
    tell(result.ok ? t('progress.cleared') : t('progress.error.save'), result.ok ? 'info' : 'error');
  });

  store.subscribe((doc) => {
    render(doc);
    renderBackups();
  });
  render(store.snapshot());
  renderBackups();
  // A file picked while this code was still loading is read now rather than missed.
  if (fileInput.files?.length) fileInput.dispatchEvent(new Event('change'));
}
