import { part } from '../../ui/dom.ts';
import type { Island } from '../../ui/island.ts';
import { editorIn } from '../editor/handle.ts';
import { examples } from './examples.ts';
import { decodeShare, encodeShare } from './share-code.ts';

/**
 * The playground page: examples, shared links and share links. Monaco opens on the learner's first "Edit & check"
 * (or an example, or a shared link) — not on page load, so the page is quick to show on a phone.
 */
export async function start({ host, t }: Island): Promise<void> {
  const editor = editorIn(part(host, 'dockerfile-editor'));
  const message = part(host, '.playground-message');
  const say = (key: string) => (message.textContent = t(key));

  const loadShared = async () => {
    const shared = await decodeShare(location.hash);
    if (shared.ok) {
      (await editor.open()).replaceAll(shared.text); // undoable: the learner's previous text is one Ctrl+Z away
      say('playground.loaded');
    } else if (shared.reason !== 'not-a-share') {
      say(shared.reason === 'too-large' ? 'playground.shareTooLarge' : 'playground.shareCorrupt');
    }
  };
  addEventListener('hashchange', () => void loadShared());

  part<HTMLSelectElement>(host, '[data-playground-example]').addEventListener('change', (event) => {
    const example = examples.find((e) => e.id === (event.target as HTMLSelectElement).value);
    if (example) void editor.open().then((api) => api.replaceAll(example.code));
  });

  const link = part<HTMLInputElement>(host, '.playground-link');
  part(host, '[data-playground-share]').addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}#${await encodeShare(editor.currentText())}`;
    history.replaceState(null, '', url);
    link.value = url;
    link.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      say('playground.copied');
    } catch {
      link.select();
      say('playground.copyFailed');
    }
  });

  await loadShared();
}
