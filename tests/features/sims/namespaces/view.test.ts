import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../../src/ui/dom.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { islandStrings } from '../../../../src/ui/island-strings.ts';
import { execShell, initialState, killInit } from '../../../../src/features/sims/namespaces/model/scenario.ts';
import { containerPsRows, eventText, hostPsRows, treeView } from '../../../../src/features/sims/namespaces/view.ts';

const t = translateFrom(islandStrings('en', ['sims.ns.']));

describe('PID namespace views (first state and redraws)', () => {
  it('shows nginx with both of its PIDs, in the tree and in both ps tables', () => {
    const state = initialState();
    expect(containerPsRows(state).map(toMarkup)).toEqual(['<tr data-in-container=""><td>1</td><td>0</td><td>nginx</td><td>104</td></tr>']);
    expect(toMarkup(hostPsRows(state).at(-1)!)).toBe('<tr data-in-container=""><td>104</td><td>103</td><td>nginx</td><td>1</td></tr>');
    const tree = treeView(state, t).map(toMarkup).join('');
    expect(tree.match(/data-in-container/g)).toHaveLength(1);
    expect(tree).toContain('<code>nginx</code>');
  });

  it('empties the container view and names the kill when PID 1 dies', () => {
    const state = killInit(execShell(initialState()));
    expect(containerPsRows(state)).toEqual([]);
    expect(treeView(state, t).map(toMarkup).join('')).not.toContain('data-in-container');
    expect(eventText(state, t)).toBe('PID 1 was killed: the kernel killed all 2 processes of its namespace, and the container stopped.');
  });
});
