// Restores the committed snapshot in v86 under Node and runs the labs' key steps in the real kernel.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Machine } from '../../scripts/vm/machine.ts';
import { parseCgroupEvents, parseHostname, sawEperm, sawForkRefused, sawKilled } from '../../src/features/linux-lab/checks.ts';

const OUT = join(import.meta.dirname, '..', '..', 'public', 'vm');
const present = ['manifest.json', 'state.bin.zst', 'seabios.bin', 'vgabios.bin'].every((name) => existsSync(join(OUT, name)));
if (!present) console.warn('tests/vm/machine.test.ts skipped: public/vm has no built VM (run npm run build:vm)');

describe.skipIf(!present)('the lab VM restored from public/vm/state.bin.zst', () => {
  let machine: Machine;
  let restoreMs = 0;

  beforeAll(async () => {
    const started = Date.now();
    machine = await Machine.restoreCommitted(OUT);
    await machine.run('true');
    restoreMs = Date.now() - started;
  });

  afterAll(async () => {
    await machine?.destroy();
  });

  it('answers its first command within seconds', () => {
    expect(restoreMs).toBeLessThan(10_000);
  });

  it('a UTS namespace has its own hostname', async () => {
    const { output, status } = await machine.run("unshare -u sh -c 'hostname lab && hostname'; hostname");
    expect(status).toBe(0);
    expect(output.trim().split('\n')).toEqual(['lab', 'host']);
    expect(parseHostname(output)).toBe('host');
  });

  it('a PID namespace starts at 1', async () => {
    const { output } = await machine.run("unshare -p -f --mount-proc sh -c 'echo pid=$$; ps -o pid,comm | wc -l'");
    expect(output).toContain('pid=1');
  });

  it('pids.max refuses the fork over the limit', async () => {
    const { output } = await machine.run(
      "mkdir /sys/fs/cgroup/pids-lab && echo 2 > /sys/fs/cgroup/pids-lab/pids.max && sh -c 'echo $$ > /sys/fs/cgroup/pids-lab/cgroup.procs; sleep 1 & sleep 1 & wait'; cat /sys/fs/cgroup/pids-lab/pids.events",
    );
    expect(sawForkRefused(output)).toBe(true);
    expect(parseCgroupEvents(output).max).toBeGreaterThanOrEqual(1);
  });

  it('memory.max gets a memory hog OOM-killed', async () => {
    const { output } = await machine.run(
      "mkdir /sys/fs/cgroup/mem-lab && echo 8M > /sys/fs/cgroup/mem-lab/memory.max && sh -c 'echo $$ > /sys/fs/cgroup/mem-lab/cgroup.procs; exec memhog 32'; cat /sys/fs/cgroup/mem-lab/memory.events",
      30_000,
    );
    expect(output).toContain('memhog: 1 MiB');
    expect(output).not.toContain('memhog: done');
    expect(sawKilled(output)).toBe(true);
    expect(parseCgroupEvents(output).oom_kill).toBe(1);
  });

  it('the seccomp helper makes mkdir fail with EPERM, and only under it', async () => {
    const denied = await machine.run('seccomp-mkdir mkdir /tmp/denied');
    expect(denied.status).toBe(1);
    expect(sawEperm(denied.output)).toBe(true);
    expect(denied.output).toContain("mkdir: can't create directory '/tmp/denied': Operation not permitted");
    const allowed = await machine.run('mkdir /tmp/allowed && echo made');
    expect(allowed).toEqual({ output: 'made\n', status: 0 });
  });

  it('the capstone rootfs can become a container root with pivot_root', async () => {
    const { output, status } = await machine.run(
      "unshare -m -u sh -c 'hostname container; mount --bind /srv/rootfs /srv/rootfs && cd /srv/rootfs && mkdir -p .old && pivot_root . .old && umount -l /.old && hostname && ls /'",
    );
    expect(status).toBe(0);
    expect(output.split('\n')[0]).toBe('container');
    expect(output).toContain('bin');
    expect(output).not.toContain('srv');
  });
});
