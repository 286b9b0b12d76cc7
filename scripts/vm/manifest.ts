// public/vm/manifest.json and NOTICE.md: what was built, from which packages, and where their sources are.
import { gzipSync } from 'node:zlib';
import { type Pins, sha256, snapshotUrl, sourcesUrl } from './pins.ts';

export const ARTIFACT_NAMES = ['bzImage', 'initrd.cpio.gz', 'seabios.bin', 'vgabios.bin', 'state.bin.zst'] as const;

export interface ArtifactInfo {
  bytes: number;
  sha256: string;
  /** What the file costs over HTTP with gzip content encoding (already-compressed files barely shrink). */
  gzipBytes: number;
}

export interface Manifest {
  /** The snapshot only restores in the v86 build that saved it. */
  v86Version: string;
  memoryBytes: number;
  cmdline: string;
  stateRawBytes: number;
  coldBootSeconds: number;
  /** sha256 of the uncompressed initramfs: what --check compares byte for byte. */
  initrdCpioSha256: string;
  helpers: Record<string, { bytes: number; sha256: string }>;
  /** Our stand-in libraries (vm/stub), in /usr/lib/i386-linux-gnu. */
  stubs?: Record<string, { bytes: number; sha256: string }>;
  /** The kernel modules loaded at boot, in load order (vm/packages.json kernelModules and their dependencies). */
  kernelModules?: string[];
  /** The container labs' userland on the 9p filesystem: public/vm/<baseurl><sha256>, read by the guest at /opt/lab. */
  userland?: { baseurl: string; files: Array<{ path: string; mode: number; bytes: number; sha256: string }> };
  files: Record<string, ArtifactInfo>;
  packages: Array<{ name: string; version: string; arch: string; sha256: string }>;
}

export function describeArtifact(bytes: Uint8Array): ArtifactInfo {
  return { bytes: bytes.byteLength, sha256: sha256(bytes), gzipBytes: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Differences between the manifest and the files on disk (or the pins); empty when all agree. */
export function manifestProblems(manifest: Manifest, pins: Pins, readArtifact: (name: string) => Uint8Array | undefined): string[] {
  const problems: string[] = [];
  for (const name of ARTIFACT_NAMES) {
    const info = manifest.files?.[name];
    const bytes = readArtifact(name);
    if (!info) problems.push(`manifest.json does not list ${name}`);
    else if (!bytes) problems.push(`${name} is missing`);
    else if (bytes.byteLength !== info.bytes || sha256(bytes) !== info.sha256) problems.push(`${name} does not match its size and sha256 in manifest.json`);
  }
  for (const file of manifest.userland?.files ?? []) {
    const bytes = readArtifact(`${manifest.userland!.baseurl}${file.sha256}`);
    if (!bytes) problems.push(`${manifest.userland!.baseurl}${file.sha256} (${file.path}) is missing`);
    else if (bytes.byteLength !== file.bytes || sha256(bytes) !== file.sha256) problems.push(`${manifest.userland!.baseurl}${file.sha256} (${file.path}) does not match its size and sha256 in manifest.json`);
  }
  const pinned = pins.packages.map(({ name, version, arch, sha256: debSha256 }) => ({ name, version, arch, sha256: debSha256 }));
  if (JSON.stringify(manifest.packages) !== JSON.stringify(pinned)) problems.push('manifest.json lists other packages than vm/packages.json');
  return problems;
}

export function renderNotice(pins: Pins): string {
  const lines = [
    '# Third-party software in the lab VM',
    '',
    'The files in this folder are built by `npm run build:vm` (scripts/vm/build.ts) from the Debian 12 (bookworm)',
    'packages below, unmodified, plus our own init script, configuration and helpers from `vm/` (MIT, like the',
    'rest of this repository). `state.bin.zst` is a memory snapshot of the booted VM, so it contains them, except the',
    'container labs\' userland (glibc, iproute2, nftables, crun, their libraries), which the guest reads from',
    '`fs/<sha256>` over v86\'s 9p filesystem (`manifest.json` → `userland` maps each file to its path in the guest).',
    '',
    '| Package | Version | Source package | Licence | Used for |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const pin of pins.packages) {
    lines.push(`| ${pin.name} (${pin.arch}) | ${pin.version} | ${pin.source} ${pin.sourceVersion} | ${pin.licence} | ${pin.use} |`);
  }
  lines.push('', '## Where the sources are', '');
  const sources = new Map<string, string>();
  for (const pin of pins.packages) {
    sources.set(`${pin.source} ${pin.sourceVersion}`, pin.source);
    if (pin.binarySource) sources.set(`${pin.binarySource} ${pin.binarySourceVersion}`, pin.binarySource);
  }
  for (const key of sources.keys()) {
    const [source, version] = key.split(' ');
    lines.push(`- ${source} ${version}: ${sourcesUrl(source, version)} (browse) and ${snapshotUrl(source, version)} (the exact .dsc and tarballs)`);
  }
  lines.push(
    '',
    'The kernel is `linux-signed-i386`, which wraps the image built from the `linux` source package; busybox is',
    'the static build from the `busybox` source package. The kernel modules listed in `manifest.json`',
    '(`kernelModules`) are copied unmodified from the same kernel package and loaded at boot. Of the other packages',
    'only the files named in `vm/packages.json` (`files`) are copied, unmodified. The helpers in `/usr/local/bin`',
    '(`seccomp-mkdir`, `memhog`) are our own, built from `vm/src/*.c` with `gcc -m32 -static -O2 -nostdlib`: they',
    'link no library. `/usr/lib/i386-linux-gnu/libsystemd.so.0` is not systemd\'s library but our own stand-in',
    '(`vm/stub/libsystemd.c`, MIT): crun only calls libsystemd for the systemd cgroup manager, journald logging and',
    'sd_notify, which the VM does not have, and every stub function fails with ENOSYS.',
    '',
    'Licence texts: GPL-2.0 https://www.gnu.org/licenses/old-licenses/gpl-2.0.html, LGPL-2.1',
    'https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html, LGPL-3.0 https://www.gnu.org/licenses/lgpl-3.0.html,',
    'BSD-2-Clause https://spdx.org/licenses/BSD-2-Clause.html, BSD-3-Clause https://spdx.org/licenses/BSD-3-Clause.html,',
    'ISC https://spdx.org/licenses/ISC.html, MIT https://spdx.org/licenses/MIT.html, Zlib https://spdx.org/licenses/Zlib.html.',
    'Each package\'s full copyright file is in its source package (debian/copyright).',
    '',
  );
  return lines.join('\n');
}
