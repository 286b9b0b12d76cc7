import { decodeShare, encodeShare } from '../utils/share-code.ts';
import type { EditorHost } from './editor/element.ts';

/** The playground page: open the editor at once, load examples and shared links, make share links. */
export async function startPlayground(): Promise<void> {
  const controls = document.querySelector<HTMLElement>('[data-playground]');
  const host = document.querySelector<EditorHost>('dockerfile-editor');
  if (!controls || !host) return;
  await customElements.whenDefined('dockerfile-editor');
  const message = controls.querySelector<HTMLElement>('.playground-message')!;
  const say = (key: string) => (message.textContent = controls.dataset[key] ?? '');
  const examples: Array<{ id: string; code: string }> = JSON.parse(controls.querySelector('[data-playground-examples]')!.textContent!);
  const api = await host.open();

  const loadShared = async () => {
    const shared = await decodeShare(location.hash);
    if (shared.ok) {
      api.replaceAll(shared.text); // undoable: the learner's previous text is one Ctrl+Z away
      say('textLoaded');
    } else if (shared.reason !== 'not-a-share') {
      say(shared.reason === 'too-large' ? 'textShareTooLarge' : 'textShareCorrupt');
    }
  };
  await loadShared();
  addEventListener('hashchange', loadShared);

  controls.querySelector<HTMLSelectElement>('[data-playground-example]')!.addEventListener('change', (event) => {
    const example = examples.find((e) => e.id === (event.target as HTMLSelectElement).value);
    if (example) api.replaceAll(example.code);
  });

  const link = controls.querySelector<HTMLInputElement>('.playground-link')!;
  controls.querySelector('[data-playground-share]')!.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#${await encodeShare(api.getValue())}`;
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
