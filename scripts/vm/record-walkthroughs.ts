// Prints, as a root console transcript, what the lessons' by-hand walkthroughs show: the container-networking
// lesson's namespace, veth, bridge and nft NAT, and the images-on-disk lesson's overlayfs mount with a copy-up and
// a whiteout — run in the real lab VM (public/vm snapshot, v86 under Node), so the lessons quote real output.
// Paste what changes into both languages of the lesson after changing the commands or the VM image:
//   npm run record:walkthroughs [-- networking|overlay]
import { join } from 'node:path';
import { Machine } from './machine.ts';

const WALKTHROUGHS: Record<string, string[]> = {
  networking: [
    'ip netns add ctr1', 'ip netns list', 'ip netns exec ctr1 ip link',
    'ip link add veth-host type veth peer name veth-ctr', 'ip link set veth-ctr netns ctr1',
    'ip link add br0 type bridge', 'ip link set veth-host master br0', 'ip addr add 10.0.0.1/24 dev br0', 'ip link set br0 up', 'ip link set veth-host up',
    'ip -n ctr1 addr add 10.0.0.2/24 dev veth-ctr', 'ip -n ctr1 link set veth-ctr up', 'ip -n ctr1 link set lo up', 'ip -n ctr1 route add default via 10.0.0.1',
    'ip -n ctr1 -brief address', 'ip link show master br0', 'ip -n ctr1 route', 'ip netns exec ctr1 ping -c 1 10.0.0.1',
    'sysctl -w net.ipv4.ip_forward=1', 'nft add table ip demo',
    "nft add chain ip demo postrouting '{ type nat hook postrouting priority srcnat; }'",
    `nft add rule ip demo postrouting 'ip saddr 10.0.0.0/24 oifname != "br0" masquerade'`,
    "nft add chain ip demo prerouting '{ type nat hook prerouting priority dstnat; }'",
    `nft add rule ip demo prerouting 'iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80'`,
    'nft list table ip demo',
  ],
  overlay: [
    'cd /tmp', 'mkdir lower1 lower2 upper work merged', 'echo v1 > lower1/app.conf', 'echo seed > lower2/seed.txt',
    'mount -t overlay overlay -o lowerdir=lower2:lower1,upperdir=upper,workdir=work merged', 'ls merged',
    'echo v2 > merged/app.conf', 'rm merged/seed.txt', 'echo hello > merged/new.txt', 'cat lower1/app.conf merged/app.conf',
    "stat -c '%A %F %n' upper/*", "stat -c '%t,%T' upper/seed.txt",
  ],
};

const vm = join(import.meta.dirname, '..', '..', 'public', 'vm');

for (const name of process.argv.length > 2 ? process.argv.slice(2) : Object.keys(WALKTHROUGHS)) {
  const commands = WALKTHROUGHS[name];
  if (!commands) throw new Error(`no walkthrough "${name}": ${Object.keys(WALKTHROUGHS).join(', ')}`);
  const machine = await Machine.restoreCommitted(vm);
  console.log(`=== ${name} (${(await machine.run('uname -r', 300_000)).output.trim()})`);
  for (const command of commands) {
    const { output, status } = await machine.run(command, 120_000);
    // A root shell in the VM: `#` is its prompt; trailing blanks of ip's -brief columns dropped.
    console.log(`# ${command}${output ? '\n' + output.replace(/[ \t]+$/gm, '').replace(/\n+$/, '') : ''}${status ? `\n[exit status ${status}]` : ''}`);
  }
  await machine.destroy();
}
process.exit(0);
