// The container labs' userland (glibc, ip, nft, crun, their libraries and our libsystemd stand-in) is not in the
// initramfs and so not in the snapshot: it is served to the guest by v86's virtio 9p filesystem, which fetches each
// file from public/vm/fs/<sha256> the first time the guest reads it (the page prefetches them after the first
// prompt). The guest mounts it read-only at USERLAND_MOUNT; each file's usual path is a symlink into the mount.
import type { CpioEntry } from './cpio.ts';
import { sha256 } from './pins.ts';

/** Where the guest mounts the 9p filesystem (vm/init). */
export const USERLAND_MOUNT = '/opt/lab';
/** Folder of public/vm/ that holds the files, each named by its sha256. */
export const USERLAND_DIR = 'fs';
/** Every file's time in the 9p tree (the packages' own times are not reproducible after dpkg -x). */
const MTIME = 0;

export interface UserlandFile {
  /** Path in the guest, e.g. "usr/bin/crun" (also its path under USERLAND_MOUNT). */
  path: string;
  mode: number;
  bytes: number;
  sha256: string;
}

export interface Userland {
  /** What stays in the initramfs: a symlink per file into the mount, and the packages' own symlinks as they are. */
  entries: CpioEntry[];
  /** The files on the 9p filesystem, sorted by path. */
  files: UserlandFile[];
  /** Their contents by sha256 (public/vm/fs/<sha256>). */
  data: Map<string, Uint8Array>;
}

export function splitUserland(entries: CpioEntry[]): Userland {
  const kept: CpioEntry[] = [];
  const files: UserlandFile[] = [];
  const data = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.type !== 'file') {
      kept.push(entry);
      continue;
    }
    const hash = sha256(entry.data);
    files.push({ path: entry.path, mode: entry.mode, bytes: entry.data.byteLength, sha256: hash });
    data.set(hash, entry.data);
    kept.push({ path: entry.path, type: 'symlink', target: `${USERLAND_MOUNT}/${entry.path}` });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries: kept, files, data };
}

type FsNode = [string, number, number, number, number, number, string | FsNode[]];

/**
 * The tree in v86's filesystem JSON (version 3: [name, size, mtime, mode, uid, gid, sha256 | children]), loaded
 * into the emulator's 9p filesystem at cold boot; the snapshot then carries the tree (not the file contents).
 */
export function fsJson(files: UserlandFile[]): { version: 3; size: number; fsroot: FsNode[] } {
  const root: FsNode[] = [];
  const dirs = new Map<string, FsNode[]>([['', root]]);
  const dir = (path: string): FsNode[] => {
    const found = dirs.get(path);
    if (found) return found;
    const slash = path.lastIndexOf('/');
    const children: FsNode[] = [];
    dir(path.slice(0, Math.max(slash, 0))).push([path.slice(slash + 1), 0, MTIME, 0o040755, 0, 0, children]);
    dirs.set(path, children);
    return children;
  };
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    dir(file.path.slice(0, Math.max(slash, 0))).push([file.path.slice(slash + 1), file.bytes, MTIME, 0o100000 | file.mode, 0, 0, file.sha256]);
  }
  return { version: 3, size: files.reduce((n, f) => n + f.bytes, 0), fsroot: root };
}
