import { decodeShare, encodeShare } from './share-code.ts';
import type { EditorHost } from '../editor/element.ts';

/**
 * The playground page: examples, shared links and share links. Monaco opens on the learner's first "Edit & check"
 * (or an example, or a shared link) — not on page load, so the page is quick to show on a phone.
 */
export async function startPlayground(): Promise<void> {
  const controls = document.querySelector<HTMLElement>('[data-playground]');
  const host = document.querySelector<EditorHost>('dockerfile-editor');
  if (!controls || !host) return;
  await customElements.whenDefined('dockerfile-editor');
  const message = controls.querySelector<HTMLElement>('.playground-message')!;
  const say = (key: string) => (message.textContent = controls.dataset[key] ?? '');
  const examples: Array<{ id: string; code: string }> = JSON.parse(controls.querySelector('[data-playground-examples]')!.textContent!);

  const loadShared = async () => {
    const shared = await decodeShare(location.hash);
    if (shared.ok) {
      (await host.open()).replaceAll(shared.text); // undoable: the learner's previous text is one Ctrl+Z away
      say('textLoaded');
    } else if (shared.reason !== 'not-a-share') {
      say(shared.reason === 'too-large' ? 'textShareTooLarge' : 'textShareCorrupt');
    }
  };
  await loadShared();
  addEventListener('hashchange', loadShared);

  controls.querySelector<HTMLSelectElement>('[data-playground-example]')!.addEventListener('change', (event) => {
    const example = examples.find((e) => e.id === (event.target as HTMLSelectElement).value);
    if (example) void host.open().then((api) => api.replaceAll(example.code));
  });

  const link = controls.querySelector<HTMLInputElement>('.playground-link')!;
  controls.querySelector('[data-playground-share]')!.addEventListener('click', async () => {
    const text = host.api?.getValue() ?? host.currentText();
    const url = `${location.origin}${location.pathname}#${await encodeShare(text)}`;
    history.replaceState(null, '', url);
    link.value = url;
    link.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      say('textCopied');
    } catch {
      link.select();
      say('textCopyFailed');
    }
  });
}
