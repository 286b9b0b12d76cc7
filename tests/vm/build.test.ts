import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCpio, writeCpio, type CpioEntry } from '../../scripts/vm/cpio.ts';
import { buildInitramfs, gunzip } from '../../scripts/vm/image.ts';
import { ARTIFACT_NAMES, type Manifest, manifestProblems, renderNotice } from '../../scripts/vm/manifest.ts';
import { type Pins, aptSpec, sha256, sourcesUrl, validatePins, verifySha256 } from '../../scripts/vm/pins.ts';
import { moduleDepends, moduleLoadOrder, moduleName } from '../../scripts/vm/modules.ts';
import { USERLAND_MOUNT, fsJson, splitUserland } from '../../scripts/vm/userland.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'public', 'vm');
const pins = JSON.parse(readFileSync(join(ROOT, 'vm', 'packages.json'), 'utf8')) as Pins;

describe('vm/packages.json', () => {
  it('pins every input exactly', () => {
    expect(validatePins(pins)).toEqual([]);
    for (const pin of pins.packages) expect(pin.version).not.toMatch(/[*<>]/);
  });

  it('rejects loose or malformed pins', () => {
    const loose = structuredClone(pins);
    loose.packages[0].version = '6.1.*';
    loose.packages[1].sha256 = 'ABC';
    loose.packages[2].arch = 'amd64' as 'all';
    expect(validatePins(loose)).toEqual([
      expect.stringContaining('version must be an exact Debian version'),
      expect.stringContaining('filename must be'),
      expect.stringContaining('sha256 must be 64 lowercase hex digits'),
      expect.stringContaining('arch must be i386 or all'),
      expect.stringContaining('filename must be'),
    ]);
    const withoutKernel = { ...pins, packages: pins.packages.filter((pin) => !pin.name.startsWith('linux-image-')) };
    expect(validatePins(withoutKernel)).toContain('no pinned package named linux-image-…');
    const wrongFlavour = structuredClone(pins);
    wrongFlavour.packages[0].name = 'linux-image-686';
    expect(validatePins(wrongFlavour).join('\n')).toContain('exact 686 ABI package');
  });

  it('asks apt for the exact version and architecture', () => {
    expect(aptSpec(pins.packages.find((pin) => pin.name === 'busybox-static')!)).toBe('busybox-static:i386=1:1.35.0-4+deb12u1+b1');
    expect(aptSpec(pins.packages.find((pin) => pin.name === 'seabios')!)).toBe('seabios=1.16.2-1');
    expect(sourcesUrl('busybox', '1:1.35.0-4+deb12u1')).toBe('https://sources.debian.org/src/busybox/1:1.35.0-4+deb12u1/');
  });
});

describe('checksum verification', () => {
  const good = new TextEncoder().encode('a pinned package');
  it('accepts the pinned bytes', () => {
    expect(() => verifySha256('x.deb', good, sha256(good))).not.toThrow();
  });
  it('rejects a tampered file', () => {
    const tampered = good.slice();
    tampered[0] ^= 1;
    expect(() => verifySha256('x.deb', tampered, sha256(good))).toThrow(/x\.deb: sha256 [0-9a-f]{64} does not match the pinned/);
  });
});

describe('cpio writer', () => {
  const entries: CpioEntry[] = [
    { path: 'etc/hostname', type: 'file', mode: 0o644, data: new TextEncoder().encode('host\n') },
    { path: '/init', type: 'file', mode: 0o755, data: new TextEncoder().encode('#!/bin/sh\n') },
    { path: 'bin/sh', type: 'symlink', target: 'busybox' },
    { path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 },
  ];

  it('gives the same bytes whatever the input order', () => {
    expect(sha256(writeCpio(entries))).toBe(sha256(writeCpio([...entries].reverse())));
  });

  it('writes sorted newc records with their parents, fixed owners and times, and a trailer', () => {
    const archive = writeCpio(entries);
    const text = Buffer.from(archive).toString('latin1');
    expect(text.startsWith('070701')).toBe(true);
    expect(archive.byteLength % 4).toBe(0);
    expect(readCpio(archive).map((member) => member.path)).toEqual(['bin', 'bin/sh', 'dev', 'dev/console', 'etc', 'etc/hostname', 'init']);
    // uid, gid and mtime (fields 3, 4 and 6) are zero in every header.
    for (const match of text.matchAll(/070701([0-9a-f]{104})/g)) {
      const field = (i: number) => match[1].slice(i * 8, i * 8 + 8);
      expect([field(2), field(3), field(5)]).toEqual(['00000000', '00000000', '00000000']);
    }
    expect(text).toContain('TRAILER!!!');
    const sh = readCpio(archive).find((member) => member.path === 'bin/sh')!;
    expect(sh.mode & 0o170000).toBe(0o120000);
    expect(Buffer.from(sh.data).toString()).toBe('busybox');
  });

  it('refuses paths that would escape or repeat', () => {
    expect(() => writeCpio([{ path: '../etc', type: 'dir', mode: 0o755 }])).toThrow(/bad path/);
    expect(() => writeCpio([entries[0], entries[0]])).toThrow(/duplicate/);
    expect(() => writeCpio([{ path: 'init/x', type: 'dir', mode: 0o755 }, entries[1]])).toThrow(/not a directory/);
  });

  it('builds the same initramfs twice, gzip included', () => {
    const inputs = () => ({
      init: new TextEncoder().encode('#!/bin/busybox sh\n'),
      busybox: new Uint8Array([0x7f, 0x45, 0x4c, 0x46]),
      rootfsFiles: new Map([['etc/profile', new TextEncoder().encode('export PS1="# "\n')]]),
      helpers: new Map([['memhog', new Uint8Array([1, 2, 3])]]),
    });
    const first = buildInitramfs(inputs());
    const second = buildInitramfs(inputs());
    expect(sha256(first.gz)).toBe(sha256(second.gz));
    expect(sha256(gunzip(first.gz))).toBe(sha256(first.cpio));
    const paths = readCpio(first.cpio).map((member) => member.path);
    expect(paths).toEqual(expect.arrayContaining(['init', 'bin/busybox', 'dev/console', 'usr/local/bin/memhog', 'srv/rootfs/bin', 'newroot']));
  });
});

const built = existsSync(join(OUT, 'manifest.json'));

describe.skipIf(!built)('public/vm (committed artifacts)', () => {
  const manifest = built ? (JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Manifest) : undefined;
  const read = (name: string) => (existsSync(join(OUT, name)) ? readFileSync(join(OUT, name)) : undefined);

  it('manifest.json matches the files on disk and the pins', () => {
    expect(manifestProblems(manifest!, pins, read)).toEqual([]);
  });

  it('notices a changed or missing file', () => {
    const changed = (name: string) => (name === 'vgabios.bin' ? new Uint8Array([1]) : read(name));
    expect(manifestProblems(manifest!, pins, changed)).toEqual(['vgabios.bin does not match its size and sha256 in manifest.json']);
    expect(manifestProblems(manifest!, pins, (name) => (name === 'bzImage' ? undefined : read(name)))).toEqual(['bzImage is missing']);
  });

  it('the initramfs inside initrd.cpio.gz is the one the manifest records', () => {
    expect(sha256(gunzip(read('initrd.cpio.gz')!))).toBe(manifest!.initrdCpioSha256);
    const members = new Map(readCpio(gunzip(read('initrd.cpio.gz')!)).map((member) => [member.path, member]));
    for (const [name, info] of Object.entries(manifest!.helpers)) expect(sha256(members.get(`usr/local/bin/${name}`)!.data)).toBe(info.sha256);
  });

  it('NOTICE.md names every package, version and source', () => {
    const notice = readFileSync(join(OUT, 'NOTICE.md'), 'utf8');
    expect(notice).toBe(renderNotice(pins));
    for (const pin of pins.packages) {
      expect(notice).toContain(`${pin.name} (${pin.arch}) | ${pin.version}`);
      expect(notice).toContain(sourcesUrl(pin.source, pin.sourceVersion));
    }
  });

  it('keeps the files fetched before the first prompt (snapshot and BIOSes) under 12 MiB', () => {
    // A sanity cap on what build:vm writes; the real budget (budgets.json "vm", 10 MiB with the emulator) is checked
    // by tests/e2e/budgets.test.ts. bzImage and initrd.cpio.gz are only fetched for a cold boot.
    const beforePrompt = ['state.bin.zst', 'seabios.bin', 'vgabios.bin'].reduce((sum, name) => sum + manifest!.files[name].bytes, 0);
    expect(beforePrompt).toBeLessThan(12 * 1024 * 1024);
    expect(ARTIFACT_NAMES.reduce((sum, name) => sum + manifest!.files[name].bytes, 0)).toBeLessThan(24 * 1024 * 1024);
  });
});

describe('kernel modules from the pinned package', () => {
  const ko = (depends: string) => new TextEncoder().encode(`\x7fELF...\0license=GPL\0depends=${depends}\0retpoline=Y\0intree=Y\0`);

  it('reads a module\'s dependencies from its .modinfo', () => {
    expect(moduleDepends(ko('llc,stp'))).toEqual(['llc', 'stp']);
    expect(moduleDepends(ko(''))).toEqual([]);
    expect(moduleName('kernel/net/netfilter/nft_chain_nat.ko')).toBe('nft_chain_nat');
    expect(moduleName('kernel/crypto/crc32c-generic.ko')).toBe('crc32c_generic');
  });

  it('orders them dependencies first, each once', () => {
    const deps: Record<string, string[]> = { bridge: ['llc', 'stp'], stp: ['llc'], llc: [], nft_nat: ['nf_tables', 'nf_nat'], nf_nat: ['nf_conntrack'], nf_conntrack: [], nf_tables: [] };
    expect(moduleLoadOrder(['bridge', 'nft_nat', 'nf_tables'], (name) => deps[name])).toEqual(['llc', 'stp', 'bridge', 'nf_tables', 'nf_conntrack', 'nf_nat', 'nft_nat']);
    expect(() => moduleLoadOrder(['bridge', 'veth'], (name) => deps[name])).toThrow(/veth is not in the kernel package/);
    expect(() => moduleLoadOrder(['a'], (name) => ({ a: ['b'], b: ['a'] })[name])).toThrow(/cycle a → b → a/);
  });

  it('the pins list the modules the container labs need, and only files inside their packages', () => {
    expect(pins.kernelModules).toEqual(expect.arrayContaining(['veth', 'bridge', 'overlay', 'nf_tables', 'nft_nat', 'nft_masq', 'nft_chain_nat', '9p', '9pnet_virtio', 'virtio_pci']));
    const broken = structuredClone(pins);
    broken.packages.find((pin) => pin.name === 'crun')!.files = ['../etc/passwd'];
    broken.kernelModules = ['Not A Module'];
    expect(validatePins(broken)).toEqual([
      expect.stringContaining('(crun): files must be a non-empty list of relative paths inside the package'),
      'kernelModules must be a list of module names (veth, nf_tables…)',
    ]);
  });
});

describe('the container userland on the 9p filesystem', () => {
  const text = (value: string) => new TextEncoder().encode(value);
  const split = splitUserland([
    { path: 'usr/bin/crun', type: 'file', mode: 0o755, data: text('crun') },
    { path: 'lib/ld-linux.so.2', type: 'symlink', target: 'i386-linux-gnu/ld-linux.so.2' },
    { path: 'lib/i386-linux-gnu/ld-linux.so.2', type: 'file', mode: 0o755, data: text('ld') },
  ]);

  it('leaves a symlink into the mount in the initramfs for each file, and the packages\' symlinks as they are', () => {
    expect(split.entries).toEqual([
      { path: 'usr/bin/crun', type: 'symlink', target: `${USERLAND_MOUNT}/usr/bin/crun` },
      { path: 'lib/ld-linux.so.2', type: 'symlink', target: 'i386-linux-gnu/ld-linux.so.2' },
      { path: 'lib/i386-linux-gnu/ld-linux.so.2', type: 'symlink', target: `${USERLAND_MOUNT}/lib/i386-linux-gnu/ld-linux.so.2` },
    ]);
    expect(split.files.map((f) => f.path)).toEqual(['lib/i386-linux-gnu/ld-linux.so.2', 'usr/bin/crun']);
    expect(split.data.get(sha256(text('crun')))).toEqual(text('crun'));
  });

  it('describes the tree in v86\'s filesystem JSON, files named by sha256, with their modes', () => {
    expect(fsJson(split.files)).toEqual({
      version: 3,
      size: 6,
      fsroot: [
        ['lib', 0, 0, 0o040755, 0, 0, [['i386-linux-gnu', 0, 0, 0o040755, 0, 0, [['ld-linux.so.2', 2, 0, 0o100755, 0, 0, sha256(text('ld'))]]]]],
        ['usr', 0, 0, 0o040755, 0, 0, [['bin', 0, 0, 0o040755, 0, 0, [['crun', 4, 0, 0o100755, 0, 0, sha256(text('crun'))]]]]],
      ],
    });
  });

  it.skipIf(!built)('the committed manifest maps every 9p file to its path, and the files are there', () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.userland?.files.map((f) => f.path)).toEqual(expect.arrayContaining(['bin/ip', 'usr/sbin/nft', 'usr/bin/crun', 'lib/i386-linux-gnu/libc.so.6']));
    for (const file of manifest.userland!.files) expect(sha256(readFileSync(join(OUT, 'fs', file.sha256)))).toBe(file.sha256);
  });
});
