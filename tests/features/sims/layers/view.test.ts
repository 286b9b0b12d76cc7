import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../../src/ui/dom.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { islandStrings } from '../../../../src/ui/island-strings.ts';
import { describeBuild } from '../../../../src/features/sims/layers/model/describe-build.ts';
import { LAYER_EXAMPLES } from '../../../../src/features/sims/layers/model/examples.ts';
import { contextItems, stageItems, tableRows } from '../../../../src/features/sims/layers/view.ts';

const t = translateFrom(islandStrings('en', ['sims.layers.']));
const example = LAYER_EXAMPLES.find((e) => e.id === 'node-friendly')!;

describe('layer cache views (first state and redraws)', () => {
  it('checks the changed file and strikes the files .dockerignore keeps out', () => {
    const items = contextItems(example.context, example.dockerignore, 'package.json', 'x', t).map(toMarkup);
    expect(items[0]).toContain('value=""');
    expect(items[0]).not.toContain('checked');
    expect(items.find((item) => item.includes('value="package.json"'))).toContain('checked');
    expect(items.find((item) => item.includes('README.md'))).toContain('data-not-sent=""');
  });

  it('keeps the learner Dockerfile as text in the stages and the table', () => {
    const view = describeBuild({ dockerfile: 'FROM alpine:3.8\nRUN echo "<img src=x onerror=alert(1)>"\n', dockerignore: '', context: [], changed: null }, t, 'en');
    const markup = [...stageItems(view), ...tableRows(view)].map(toMarkup).join('');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tableRows(view)).toHaveLength(2);
  });
});
