import { pageProgressStore } from './page-store.ts';
import { IMPORT_SIZE_LIMIT, type ProgressDocument } from './index.ts';
import { fillTemplate } from '../../utils/template.ts';

/** The progress page: lessons and saved work from the store, export, import with a preview, and clear all. */
export function startProgressPage(): void {
  const page = document.querySelector<HTMLElement>('[data-progress-page]');
  if (!page) return;
  const texts = JSON.parse(page.dataset.texts!) as Record<string, string>;
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    fillTemplate(texts[key] ?? key, vars);
  const $ = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  const store = pageProgressStore();
  const lessonItems = [...page.querySelectorAll<HTMLLIElement>('li[data-lesson]')];
  const message = $('[data-message]');
  const preview = $('[data-preview]');
  const fileInput = $<HTMLInputElement>('[data-import]');
  let pendingImport: string | undefined;

  const tell = (text: string, kind: 'info' | 'error' = 'info') => {
    message.dataset.kind = kind;
    message.textContent = text;
  };

  const item = (text: string) => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  };

  const render = (doc: ProgressDocument) => {
    const done = lessonItems.filter((li) => li.dataset.lesson! in doc.lessons).length;
    $('[data-summary]').textContent = say('summary', { done, total: lessonItems.length });
    const shownQuizzes = new Set<string>();
    const shownExercises = new Set<string>();
    for (const li of lessonItems) {
      const state = li.querySelector<HTMLElement>('[data-state]')!;
      const isDone = li.dataset.lesson! in doc.lessons;
      state.textContent = say(isDone ? 'done' : 'notDone');
      state.toggleAttribute('data-done', isDone);
      for (const quizItem of li.querySelectorAll<HTMLElement>('[data-quiz]')) {
        const id = quizItem.dataset.quiz!;
        const quiz = doc.quizzes[id];
        shownQuizzes.add(id);
        quizItem.textContent = quiz
          ? say('quiz', { id, correct: quiz.correct, total: quiz.total, answered: quiz.answers.filter((a) => a !== null).length })
          : say('quizNotStarted', { id });
      }
      for (const exerciseItem of li.querySelectorAll<HTMLElement>('[data-exercise]')) {
        const id = exerciseItem.dataset.exercise!;
        shownExercises.add(id);
        exerciseItem.textContent = say('exercise', { id: exerciseItem.dataset.title!, status: say(`status:${doc.exercises[id]?.status ?? 'not-started'}`) });
        exerciseItem.dataset.status = doc.exercises[id]?.status ?? 'not-started';
      }
    }
    // Saved work the course pages do not list (exercises, labs, quizzes of lessons not in this build).
    const other: HTMLLIElement[] = [];
    for (const [id, quiz] of Object.entries(doc.quizzes)) {
      if (!shownQuizzes.has(id)) other.push(item(say('quiz', { id, correct: quiz.correct, total: quiz.total, answered: quiz.answers.filter((a) => a !== null).length })));
    }
    for (const [id, exercise] of Object.entries(doc.exercises)) {
      if (!shownExercises.has(id)) other.push(item(say('exercise', { id, status: say(`status:${exercise.status}`) })));
    }
    for (const [id, lab] of Object.entries(doc.labs)) other.push(item(say('lab', { id, count: lab.stepsDone.length })));
    const editors = Object.keys(doc.editors).length;
    if (editors) other.push(item(say('editors', { count: editors })));
    $('[data-other]').replaceChildren(...(other.length ? other : [item(say('nothingElse'))]));
  };

  const titleOf = (slug: string) => lessonItems.find((li) => li.dataset.lesson === slug)?.dataset.title ?? slug;

  const closePreview = () => {
    pendingImport = undefined;
    preview.hidden = true;
    fileInput.value = '';
  };

  const download = (text: string, file: string) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  $('[data-export]').addEventListener('click', () => {
    const file = `containers-progress-${new Date().toISOString().slice(0, 10)}.json`;
    download(store.exportProgress(), file);
    tell(say('exported', { file }));
  });

  // Unreadable data the store set aside: the learner can take it away (it is never shown as HTML).
  const renderBackups = () => {
    const keys = store.backups();
    $('[data-backups]').hidden = keys.length === 0;
    $('[data-backup-list]').replaceChildren(
      ...keys.map((key) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = say('backupDownload', { key });
        button.addEventListener('click', () => download(store.readBackup(key) ?? '', `${key.replace(/[^\w.-]+/g, '-')}.json`));
        const li = document.createElement('li');
        li.append(button);
        return li;
      }),
    );
  };

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    closePreview();
    if (!file) return;
    // A file over the limit is refused without reading it into memory (the store would refuse it too).
    if (file.size > IMPORT_SIZE_LIMIT) return tell(say('error:too-large'), 'error');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return tell(say('unreadable'), 'error');
    }
    const result = store.previewImport(text);
    if (!result.ok) return tell(say(`error:${result.error}`), 'error');
    const counts = { new: 0, different: 0, same: 0, onlyHere: 0 };
    for (const change of result.changes) counts[change.kind === 'only-here' ? 'onlyHere' : change.kind] += 1;
    const lines = [say('counts', counts)];
    if (result.skipped.length) lines.push(say('skipped', { count: result.skipped.length }));
    if (!result.changes.some((c) => c.kind !== 'only-here')) lines.push(say('empty'));
    $('[data-preview-counts]').textContent = lines.join(' ');
    const list = result.changes
      .filter((c) => c.kind !== 'same')
      .slice(0, 100)
      .map((c) => item(`${say(`section:${c.section}`)} “${c.section === 'lessons' ? titleOf(c.id) : c.id}”: ${say(`change:${c.kind}`)}`));
    $('[data-preview-list]').replaceChildren(...list);
    pendingImport = text;
    tell('');
    preview.hidden = false;
    preview.querySelector<HTMLElement>('h3')!.focus();
  });

  for (const button of page.querySelectorAll<HTMLButtonElement>('[data-import-mode]')) {
    button.addEventListener('click', () => {
      if (pendingImport === undefined) return;
      const result = store.importProgress(pendingImport, button.dataset.importMode as 'merge' | 'replace');
      closePreview();
      if (result.ok) tell(say('imported'));
      else tell(result.reason === 'invalid' ? say(`error:${result.error}`) : say('saveFailed'), 'error');
    });
  }
  $('[data-preview-cancel]').addEventListener('click', () => {
    closePreview();
    fileInput.focus();
  });

  const confirmBox = $('[data-clear-confirm]');
  $('[data-clear]').addEventListener('click', () => {
    confirmBox.hidden = false;
    confirmBox.querySelector<HTMLButtonElement>('[data-clear-cancel]')!.focus();
  });
  $('[data-clear-cancel]').addEventListener('click', () => {
    confirmBox.hidden = true;
    $('[data-clear]').focus();
  });
  $('[data-clear-yes]').addEventListener('click', () => {
    const result = store.clearAll();
    confirmBox.hidden = true;
    $('[data-clear]').focus();
    tell(result.ok ? say('cleared') : say('saveFailed'), result.ok ? 'info' : 'error');
  });

  store.subscribe((doc) => {
    render(doc);
    renderBackups();
  });
  render(store.snapshot());
  renderBackups();
}
