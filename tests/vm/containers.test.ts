// Issue 14's kernel and userland, proven in the real guest (public/vm snapshot in v86 under Node): a veth pair
// between two network namespaces, a bridge with NAT to an "outside" namespace, port publishing with DNAT,
// overlayfs with a whiteout, and crun running the busybox OCI bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Machine } from '../../scripts/vm/machine.ts';
import type { Manifest } from '../../scripts/vm/manifest.ts';

const OUT = join(import.meta.dirname, '..', '..', 'public', 'vm');
const present = ['manifest.json', 'state.bin.zst', 'seabios.bin', 'vgabios.bin'].every((name) => existsSync(join(OUT, name)));
const manifest = present ? (JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Manifest) : undefined;
const hasContainers = (manifest?.kernelModules ?? []).includes('veth');

describe.skipIf(!hasContainers)('containers in the lab VM (veth, bridge, nftables, overlayfs, crun)', () => {
  let machine: Machine;
  const sh = async (command: string, timeoutMs = 90_000) => machine.run(command, timeoutMs);

  beforeAll(async () => {
    machine = await Machine.restoreCommitted(OUT);
    await machine.run('true', 120_000);
  }, 300_000);

  afterAll(async () => {
    await machine?.destroy();
  });

  it('has the real tools: iproute2 ip, nft, crun, and the modules loaded', { timeout: 300_000 }, async () => {
    expect((await sh('ip -V')).output).toContain('iproute2-6.1.0');
    expect((await sh('nft --version')).output).toContain('nftables v1.0.6');
    expect((await sh('crun --version')).output).toContain('crun version 1.8.1');
    const lsmod = (await sh('lsmod')).output;
    for (const module of ['veth', 'bridge', 'overlay', 'nf_tables', 'nft_masq', 'nft_chain_nat']) expect(lsmod).toMatch(new RegExp(`^${module}\\s`, 'm'));
  });

  it('two network namespaces joined by a veth pair ping each other', { timeout: 300_000 }, async () => {
    const setup = await sh(
      'ip netns add red && ip netns add blue && ip link add veth-red type veth peer name veth-blue && ' +
        'ip link set veth-red netns red && ip link set veth-blue netns blue && ' +
        'ip -n red addr add 10.0.0.1/24 dev veth-red && ip -n blue addr add 10.0.0.2/24 dev veth-blue && ' +
        'ip -n red link set veth-red up && ip -n blue link set veth-blue up',
    );
    expect(setup).toEqual({ output: '', status: 0 });
    const ping = await sh('ip netns exec red ping -c 2 -W 2 10.0.0.2');
    expect(ping.status).toBe(0);
    expect(ping.output).toContain('2 packets received');
  });

  it('a bridge with three containers, NAT to the outside, and a published port (DNAT)', async () => {
    const bridge = await sh(
      'ip link add br0 type bridge && ip addr add 172.18.0.1/24 dev br0 && ip link set br0 up && ' +
        'for n in 1 2 3; do ip netns add c$n && ip link add veth$n type veth peer name eth0 netns c$n && ip link set veth$n master br0 up && ' +
        'ip -n c$n addr add 172.18.0.1$n/24 dev eth0 && ip -n c$n link set eth0 up && ip -n c$n link set lo up && ip -n c$n route add default via 172.18.0.1 || break; done',
    );
    expect(bridge).toEqual({ output: '', status: 0 });
    const across = await sh('ip netns exec c1 ping -c 1 -W 2 172.18.0.13');
    expect(across.output).toContain('1 packets received');
    expect((await sh('ip link show master br0')).output.match(/veth\d/g)).toEqual(['veth1', 'veth2', 'veth3']);

    // The "internet": another namespace behind a veth pair, with no route back to 172.18.0.0/24.
    const outside = await sh(
      'ip netns add internet && ip link add uplink type veth peer name eth0 netns internet && ip addr add 203.0.113.1/24 dev uplink && ip link set uplink up && ' +
        'ip -n internet addr add 203.0.113.2/24 dev eth0 && ip -n internet link set eth0 up && echo 1 > /proc/sys/net/ipv4/ip_forward',
    );
    expect(outside.status).toBe(0);
    const before = await sh('ip netns exec c2 ping -c 1 -W 2 203.0.113.2');
    expect(before.output).toContain('0 packets received');
    const nat = await sh(
      "nft add table ip nat && nft add chain ip nat postrouting '{ type nat hook postrouting priority 100; }' && " +
        "nft add rule ip nat postrouting ip saddr 172.18.0.0/24 oifname uplink masquerade",
    );
    expect(nat).toEqual({ output: '', status: 0 });
    const after = await sh('ip netns exec c2 ping -c 1 -W 2 203.0.113.2');
    expect(after.output).toContain('1 packets received');

    // docker run -p 8080:80: a web server in c1, published on the host's port 8080.
    const served = await sh("mkdir -p /tmp/www && echo 'hello from c1' > /tmp/www/index.html && ip netns exec c1 httpd -p 80 -h /tmp/www && echo started");
    expect(served.output).toContain('started');
    const publish = await sh(
      "nft add chain ip nat prerouting '{ type nat hook prerouting priority -100; }' && nft add rule ip nat prerouting tcp dport 8080 dnat to 172.18.0.11:80 && " +
        "nft add chain ip nat output '{ type nat hook output priority -100; }' && nft add rule ip nat output ip daddr 203.0.113.1 tcp dport 8080 dnat to 172.18.0.11:80",
    );
    expect(publish.status).toBe(0);
    expect((await sh('ip netns exec internet wget -q -O - http://203.0.113.1:8080/')).output).toContain('hello from c1');
    expect((await sh('wget -q -O - http://203.0.113.1:8080/')).output).toContain('hello from c1');
    expect((await sh('nft list ruleset')).output).toMatch(/dnat to 172\.18\.0\.11:80/);
  }, 600_000);

  it('overlayfs: writes land in upperdir, a deleted lower file becomes a whiteout', { timeout: 300_000 }, async () => {
    const { output, status } = await sh(
      'mkdir -p /tmp/ov/lower /tmp/ov/upper /tmp/ov/work /tmp/ov/merged && echo a > /tmp/ov/lower/a && echo b > /tmp/ov/lower/b && ' +
        'mount -t overlay overlay -o lowerdir=/tmp/ov/lower,upperdir=/tmp/ov/upper,workdir=/tmp/ov/work /tmp/ov/merged && ' +
        'echo new > /tmp/ov/merged/c && rm /tmp/ov/merged/b && ls /tmp/ov/merged && ls -l /tmp/ov/upper',
    );
    expect(status).toBe(0);
    expect(output).toMatch(/^a\s+c$/m);
    expect(output).toMatch(/^c---------\s+\d+ root\s+root\s+0,\s+0 .* b$/m);
    expect(output).toMatch(/^-rw-r--r--.* c$/m);
  });

  it('two image layers stack into a root filesystem a shell can chroot into', { timeout: 300_000 }, async () => {
    const { output, status } = await sh(
      'mkdir -p /tmp/img/l2 /tmp/img/up /tmp/img/wk /tmp/img/root && tar -xf /srv/image/layer2.tar -C /tmp/img/l2 && ' +
        'mount -t overlay overlay -o lowerdir=/tmp/img/l2:/srv/image/layer1,upperdir=/tmp/img/up,workdir=/tmp/img/wk /tmp/img/root && chroot /tmp/img/root sh -c "cat /etc/motd /www/index.html"',
    );
    expect(status).toBe(0);
    expect(output).toContain('app layer (layer 2)');
    expect(output).toContain('Hello from layer 2');
  });

  it('crun runs the busybox bundle in its own namespaces and cgroup', { timeout: 300_000 }, async () => {
    const spec = await sh('cd /srv/oci/busybox && crun spec && grep -c "\\"type\\"" config.json');
    expect(spec.status).toBe(0);
    const edit = await sh(
      `cd /srv/oci/busybox && sed -i 's/"terminal": true/"terminal": false/; s/"sh"$/"sh", "-c", "hostname; echo pid $$; cat \\/proc\\/self\\/cgroup; cat \\/sys\\/fs\\/cgroup\\/memory.max"/' config.json && crun run demo`,
    );
    expect(edit.status).toBe(0);
    expect(edit.output).toMatch(/^crun\npid 1\n0::\/\n/);
    expect((await sh('crun list')).status).toBe(0);
  });
});
