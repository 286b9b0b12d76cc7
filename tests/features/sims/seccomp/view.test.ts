import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../../src/ui/dom.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { islandStrings } from '../../../../src/ui/island-strings.ts';
import { traceView } from '../../../../src/features/sims/seccomp/model/describe-run.ts';
import { LAB_PRESETS, labContainer, parseProfile, runTraces } from '../../../../src/features/sims/seccomp/model/lab.ts';
import { checkItems, summaryRows, traceItems, validationParts } from '../../../../src/features/sims/seccomp/view.ts';

const t = translateFrom(islandStrings('en', ['seccompLab.']));
const views = runTraces(LAB_PRESETS['allow-list'], labContainer()).map((run) => traceView(run, t));

describe('seccomp lab views (first state and redraws)', () => {
  it('lists every program with its outcome, and the same outcome in the table', () => {
    const items = traceItems(views, t).map(toMarkup);
    const rows = summaryRows(views).map(toMarkup);
    expect(items).toHaveLength(8);
    const mkdir = items.find((item) => item.includes('data-program="mkdir"'))!;
    expect(mkdir).toContain('exits: mkdir failed with EPERM');
    expect(rows.find((row) => row.includes('data-program="mkdir"'))).toBe(
      '<tr data-program="mkdir"><th scope="row">mkdir</th><td><code>mkdir /tmp/cache</code></td><td>exits: mkdir failed with EPERM</td><td>15/18</td><td>0</td><td>2</td></tr>',
    );
  });

  it('keeps open the call lists the learner opened', () => {
    const items = traceItems(views, t, new Set(['ls'])).map(toMarkup);
    expect(items.filter((item) => item.includes('<details class="trace-calls" open>'))).toHaveLength(1);
    expect(items.find((item) => item.includes('data-program="ls"'))).toContain('<details class="trace-calls" open>');
  });

  it('words validation problems and challenge checks', () => {
    const parsed = parseProfile('{"defaultAction": "SCMP_ACT_DENY"}');
    const parts = validationParts(parsed.errors, parsed.warnings, t).map(toMarkup).join('');
    expect(parts).toContain('Problems (1)');
    expect(parts).toContain('<li data-code="unknown-action">defaultAction: unknown action "SCMP_ACT_DENY"</li>');
    const checks = checkItems([{ passed: true, text: 'ok' }, { passed: false, text: 'no' }], t).map(toMarkup);
    expect(checks[0]).toContain('data-passed="true"');
    expect(checks[1]).toContain('✘ ');
  });
});
