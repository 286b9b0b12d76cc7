// The Linux lab's markup before "Start lab", as LinuxLab.astro renders it and the client redraws its parts.
import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../src/ui/dom.ts';
import { translateFrom } from '../../../src/ui/strings.ts';
import { labView, megabytes, stepState, summaryLine, type LabText } from '../../../src/features/linux-lab/view.ts';
import en from '../../../src/translations/en.json' with { type: 'json' };

const t = translateFrom(en);
const lab: LabText = {
  id: 'namespaces',
  title: 'A UTS namespace',
  intro: 'Change the hostname in a namespace.',
  steps: [{ id: 'uts', goal: 'Rename the host inside', commands: ["unshare -u sh -c 'hostname lab && hostname'"], done: 'Done: only inside.' }],
  download: { size: '9.5', state: '8.9', tools: '3.1' },
  recording: {
    version: '0.5.0',
    date: '2026-11-01',
    steps: { uts: [{ command: "unshare -u sh -c 'hostname lab && hostname'", host: 'host', output: 'lab', status: 0 }, { command: 'false', host: 'host', output: '', status: 1 }] },
  },
};

describe('Linux lab view', () => {
  const markup = labView(lab, t).map(toMarkup).join('');

  it('lists each step with its commands, copy and type buttons, and no step done yet', () => {
    expect(markup).toContain('<li class="linux-lab-step" data-step-id="uts">');
    expect(markup).toContain(`<code class="linux-lab-command">unshare -u sh -c 'hostname lab &amp;&amp; hostname'</code>`);
    expect(markup).toContain(`<span class="linux-lab-state">${stepState(false, t)}</span>`);
    expect(markup).toContain(summaryLine(0, 1, t));
    expect(markup).toContain('id="linux-lab-namespaces-title"');
  });

  it('writes the recorded walkthrough as a prompt, the output and a failed status', () => {
    expect(markup).toContain(`<pre>root@host:~# unshare -u sh -c 'hostname lab &amp;&amp; hostname'\nlab\nroot@host:~# false\n[${t('linuxLab.status', { status: 1 })}]\n</pre>`);
  });

  it('formats megabytes in the page language', () => {
    expect(megabytes(9_100_000, 'en')).toBe('9.1');
    expect(megabytes(9_100_000, 'pt-BR')).toBe('9,1');
  });
});
