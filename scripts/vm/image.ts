// What goes into the lab VM's initramfs, and how it is compressed. Pure: the caller reads the files.
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { type CpioEntry, writeCpio } from './cpio.ts';

export interface ImageInputs {
  /** vm/init */
  init: Uint8Array;
  /** bin/busybox from the pinned busybox-static package */
  busybox: Uint8Array;
  /** Files under vm/rootfs, keyed by their path in the guest (e.g. "etc/profile"). */
  rootfsFiles: Map<string, Uint8Array>;
  /** Helpers compiled from vm/src/*.c, keyed by program name. */
  helpers: Map<string, Uint8Array>;
  /** Files and symlinks from the pinned packages (ip, nft, crun and their libraries), kernel modules, stub libraries. */
  extra?: CpioEntry[];
}

/** Empty directories the init script and the labs expect. */
const DIRECTORIES = [
  'bin', 'sbin', 'usr/bin', 'usr/sbin', 'usr/local/bin', 'run', 'proc', 'sys', 'dev', 'tmp', 'root', 'newroot', 'etc',
  'srv/rootfs/bin', 'srv/rootfs/sbin', 'srv/rootfs/usr/bin', 'srv/rootfs/usr/sbin', 'srv/rootfs/proc',
  'srv/rootfs/sys', 'srv/rootfs/dev', 'srv/rootfs/tmp', 'srv/rootfs/root', 'srv/rootfs/etc',
];

export function imageEntries(inputs: ImageInputs): CpioEntry[] {
  const entries: CpioEntry[] = DIRECTORIES.map((path) => ({
    path,
    type: 'dir',
    mode: path.endsWith('tmp') ? 0o1777 : path === 'root' || path === 'srv/rootfs/root' ? 0o700 : 0o755,
  }));
  entries.push({ path: 'init', type: 'file', mode: 0o755, data: inputs.init });
  entries.push({ path: 'bin/busybox', type: 'file', mode: 0o755, data: inputs.busybox });
  // The kernel opens /dev/console for init's stdio before anything is mounted.
  entries.push({ path: 'dev/console', type: 'char', mode: 0o600, major: 5, minor: 1 });
  for (const [path, data] of inputs.rootfsFiles) entries.push({ path, type: 'file', mode: 0o644, data });
  for (const [name, data] of inputs.helpers) entries.push({ path: `usr/local/bin/${name}`, type: 'file', mode: 0o755, data });
  entries.push(...(inputs.extra ?? []));
  return entries;
}

export function buildInitramfs(inputs: ImageInputs): { cpio: Uint8Array; gz: Uint8Array } {
  const cpio = writeCpio(imageEntries(inputs));
  return { cpio, gz: gzipDeterministic(cpio) };
}

/** gzip -9 with the header's OS byte fixed, so the same bytes come out on every platform's zlib build. */
export function gzipDeterministic(bytes: Uint8Array): Uint8Array {
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  gz[9] = 3; // OS = Unix
  return gz;
}

export function gunzip(bytes: Uint8Array): Uint8Array {
  return gunzipSync(bytes);
}
