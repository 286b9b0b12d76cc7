import { describe, expect, it } from 'vitest';
import { toMarkup } from '../../../../src/ui/dom.ts';
import { translateFrom } from '../../../../src/ui/strings.ts';
import { islandStrings } from '../../../../src/ui/island-strings.ts';
import { MEMORY_TICKS, runCpu, runMemory } from '../../../../src/features/sims/cgroups/model/runs.ts';
import { cpuRows, cpuShapes, cpuSummary, memoryReadout, memoryRows, memoryShapes } from '../../../../src/features/sims/cgroups/view.ts';

const t = translateFrom(islandStrings('en', ['sims.cg.']));
const leak = runMemory('64M', '96M', 'leak');
if (!leak.ok) throw new Error('invalid defaults');

describe('cgroup limits views (first state and redraws)', () => {
  it('draws one bar per shown tick and a single ✕ where the OOM kill happens', () => {
    const shapes = memoryShapes(leak, MEMORY_TICKS).map(toMarkup).join('');
    expect(shapes.match(/class="cg-anon"/g)).toHaveLength(MEMORY_TICKS);
    expect(shapes.match(/✕/g)).toHaveLength(1);
    expect(shapes).toContain('memory.high 64M');
    expect(memoryShapes(leak, 9).map(toMarkup).join('').match(/class="cg-anon"/g)).toHaveLength(9);
  });

  it('says the same in the readout and the table row for the OOM-killed tick', () => {
    const rows = memoryRows(leak, 25, t).map(toMarkup);
    expect(rows).toHaveLength(25);
    expect(rows[24]).toBe('<tr><td>25</td><td>0</td><td>0</td><td>0</td><td>OOM-killed at memory.max (exit code 137)</td><td>17 / 1 / 1 / 1</td></tr>');
    expect(memoryReadout(leak.ticks[24], t).state).toBe('OOM-killed at memory.max (exit code 137)');
    expect(memoryReadout(undefined, t).events).toBe('low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n');
  });

  it('sums up cpu.max, with or without a quota', () => {
    const limited = runCpu('150000 100000', 4);
    const unlimited = runCpu('max 100000', 2);
    if (!limited.ok || !unlimited.ok) throw new Error('invalid');
    expect(cpuSummary(limited, t)).toContain('150 ms of CPU time used, 250 ms throttled');
    expect(cpuSummary(unlimited, t)).toBe('No quota: the 2 busy threads use 2 CPUs in full; nothing is throttled.');
    expect(cpuShapes(limited)).toHaveLength(4 * 3 * 2);
    expect(toMarkup(cpuRows(limited, t)[0])).toBe('<tr><td>1</td><td>150</td><td>250</td><td>yes</td></tr>');
  });
});
