// The interactive part of <layer-cache>: re-runs the build analysis on every change and redraws with
// createElement/textContent (the learner's Dockerfile and .dockerignore are never parsed as HTML).
import { LAYER_EXAMPLES, type LayerExample } from './model/examples.ts';
import { describeBuild, notSent, type BuildView, type LayerStrings } from './model/describe-build.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; data?: Record<string, string> } = {}, children: Node[] = []) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [key, value] of Object.entries(props.data ?? {})) node.dataset[key] = value;
  node.append(...children);
  return node;
}

export function startLayerCache(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings!) as LayerStrings;
  const lang = root.dataset.lang ?? 'en';
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-lc="${name}"]`)!;
  const select = part<HTMLSelectElement>('example');
  const dockerfile = part<HTMLTextAreaElement>('dockerfile');
  const dockerignore = part<HTMLTextAreaElement>('dockerignore');
  const files = part<HTMLUListElement>('files');
  const radioName = files.querySelector<HTMLInputElement>('input[type=radio]')!.name;
  let example: LayerExample = LAYER_EXAMPLES.find((e) => e.id === select.value) ?? LAYER_EXAMPLES[0];

  const changed = () => files.querySelector<HTMLInputElement>('input:checked')?.value || null;

  const drawFiles = (selected: string | null) => {
    const hidden = notSent(example.context, dockerignore.value);
    const none = files.firstElementChild!;
    files.replaceChildren(none);
    (none.querySelector('input') as HTMLInputElement).checked = selected === null;
    for (const file of example.context) {
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = radioName;
      input.value = file.path;
      input.checked = file.path === selected;
      const label = el('label', {}, [input, document.createTextNode(' '), el('code', { text: file.path })]);
      if (hidden.has(file.path)) label.append(el('span', { className: 'lc-not-sent', text: strings['sims.layers.notSent'] }));
      const item = el('li', {}, [label]);
      if (hidden.has(file.path)) item.dataset.notSent = '';
      files.append(item);
    }
  };

  const drawBuild = (view: BuildView) => {
    part('summary').textContent = view.summary;
    part('image').textContent = view.image;
    const note = part('note');
    note.textContent = view.note ?? '';
    note.hidden = !view.note;
    part('stages').replaceChildren(
      ...view.stages.map((stage) =>
        el('li', { className: 'lc-stage', data: { stageStatus: stage.status } }, [
          el('p', { className: 'lc-stage-head' }, [el('strong', { text: stage.heading }), document.createTextNode(' '), el('span', { text: stage.role })]),
          el(
            'ol',
            { className: 'lc-layers' },
            stage.rows.map((row) =>
              el('li', { className: 'lc-layer', data: { status: row.status, line: String(row.line) } }, [
                el('span', { className: 'lc-badge', text: row.statusLabel }),
                el('code', { className: 'lc-step', text: row.text }),
                el('span', { className: 'lc-meta' }, [
                  el('span', { className: 'lc-why', text: row.why }),
                  document.createTextNode(' '),
                  el('span', { className: 'lc-size', text: row.size }),
                ]),
              ]),
            ),
          ),
        ]),
      ),
    );
    part('table').replaceChildren(
      ...view.stages
        .flatMap((stage) => stage.rows)
        .map((row) =>
          el('tr', { data: { status: row.status } }, [
            el('td', { text: String(row.stage) }),
            el('td', { text: String(row.line) }),
            el('td', {}, [el('code', { text: row.text })]),
            el('td', { text: row.statusLabel }),
            el('td', { text: row.why }),
            el('td', { text: row.size }),
          ]),
        ),
    );
  };

  const update = () =>
    drawBuild(describeBuild({ dockerfile: dockerfile.value, dockerignore: dockerignore.value, context: example.context, changed: changed() }, strings, lang));

  select.addEventListener('change', () => {
    example = LAYER_EXAMPLES.find((e) => e.id === select.value) ?? LAYER_EXAMPLES[0];
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
  // The page may have been restored with other values (back/forward cache, form restore): draw what is there.
  example = LAYER_EXAMPLES.find((e) => e.id === select.value) ?? LAYER_EXAMPLES[0];
  update();
}
