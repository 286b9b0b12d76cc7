// The interactive part of <layer-cache>: re-runs the build analysis on every change and redraws with the same
// view.ts functions that drew the first state.
import { draw, part } from '../../../ui/dom.ts';
import type { Island } from '../../../ui/island.ts';
import { describeBuild } from './model/describe-build.ts';
import { LAYER_EXAMPLES, type LayerExample } from './model/examples.ts';
import { contextItems, stageItems, tableRows } from './view.ts';

export function start({ host, t }: Island): void {
  const lang = host.dataset.lang ?? 'en';
  const lc = <E extends HTMLElement = HTMLElement>(name: string) => part<E>(host, `[data-lc="${name}"]`);
  const select = lc<HTMLSelectElement>('example');
  const dockerfile = lc<HTMLTextAreaElement>('dockerfile');
  const dockerignore = lc<HTMLTextAreaElement>('dockerignore');
  const files = lc<HTMLUListElement>('files');
  const radioName = part<HTMLInputElement>(files, 'input[type=radio]').name;
  const exampleNamed = (id: string): LayerExample => LAYER_EXAMPLES.find((e) => e.id === id) ?? LAYER_EXAMPLES[0];
  // The page may have been restored with other values (back/forward cache, form restore): start from what is there.
  let example = exampleNamed(select.value);

  const changed = () => files.querySelector<HTMLInputElement>('input:checked')?.value || null;
  const drawFiles = (selected: string | null) => draw(files, ...contextItems(example.context, dockerignore.value, selected, radioName, t));

  const update = () => {
    const view = describeBuild({ dockerfile: dockerfile.value, dockerignore: dockerignore.value, context: example.context, changed: changed() }, t, lang);
    lc('summary').textContent = view.summary;
    lc('image').textContent = view.image;
    const note = lc('note');
    note.textContent = view.note ?? '';
    note.hidden = !view.note;
    draw(lc('stages'), ...stageItems(view));
    draw(lc('table'), ...tableRows(view));
  };

  select.addEventListener('change', () => {
    example = exampleNamed(select.value);
    dockerfile.value = example.dockerfile;
    dockerignore.value = example.dockerignore;
    drawFiles(example.changed);
    update();
  });
  files.addEventListener('change', update);
  dockerfile.addEventListener('input', update);
  dockerignore.addEventListener('input', () => {
    drawFiles(changed());
    update();
  });
  update();
}
