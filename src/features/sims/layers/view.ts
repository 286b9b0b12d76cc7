// What <layer-cache> draws: the build context as radio buttons, each build stage with its layers, and the same
// layers as a table. LayerCacheExplorer.astro renders the first state with these functions and client.ts redraws
// with them; the learner's Dockerfile and .dockerignore only ever go in as text.
import { h, type View } from '../../../ui/dom.ts';
import type { Translate } from '../../../ui/strings.ts';
import type { ContextFile } from './model/build.ts';
import { notSent, type BuildView } from './model/describe-build.ts';

/** "Nothing changed", then one radio per context file; files the .dockerignore keeps out are struck through. */
export function contextItems(context: readonly ContextFile[], dockerignore: string, changed: string | null, radioName: string, t: Translate): View[] {
  const hidden = notSent(context, dockerignore);
  const radio = (value: string) => h('input', { type: 'radio', name: radioName, value, checked: value === (changed ?? '') });
  return [
    h('li', {}, h('label', {}, radio(''), ' ', h('em', {}, t('sims.layers.nothing')))),
    ...context.map((file) =>
      h('li', { 'data-not-sent': hidden.has(file.path) ? '' : undefined },
        h('label', {}, radio(file.path), ' ', h('code', {}, file.path),
          hidden.has(file.path) && h('span', { class: 'lc-not-sent' }, t('sims.layers.notSent')))),
    ),
  ];
}

export function stageItems(view: BuildView): View[] {
  return view.stages.map((stage) =>
    h('li', { class: 'lc-stage', 'data-stage-status': stage.status },
      h('p', { class: 'lc-stage-head' }, h('strong', {}, stage.heading), ' ', h('span', {}, stage.role)),
      h('ol', { class: 'lc-layers' },
        ...stage.rows.map((row) =>
          h('li', { class: 'lc-layer', 'data-status': row.status, 'data-line': row.line },
            h('span', { class: 'lc-badge' }, row.statusLabel),
            h('code', { class: 'lc-step' }, row.text),
            h('span', { class: 'lc-meta' }, h('span', { class: 'lc-why' }, row.why), ' ', h('span', { class: 'lc-size' }, row.size))),
        ))),
  );
}

/** The text alternative: every layer of every stage, one row each. */
export function tableRows(view: BuildView): View[] {
  return view.stages.flatMap((stage) => stage.rows).map((row) =>
    h('tr', { 'data-status': row.status },
      h('td', {}, row.stage), h('td', {}, row.line), h('td', {}, h('code', {}, row.text)), h('td', {}, row.statusLabel), h('td', {}, row.why), h('td', {}, row.size)),
  );
}
