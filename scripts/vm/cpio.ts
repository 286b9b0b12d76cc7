// A deterministic cpio "newc" writer, the format the kernel unpacks as an initramfs.
// Entries are sorted by path, inode numbers follow that order, and uid, gid and mtime are fixed,
// so the same inputs always give the same bytes.

export type CpioEntry =
  | { path: string; type: 'dir'; mode: number }
  | { path: string; type: 'file'; mode: number; data: Uint8Array }
  | { path: string; type: 'symlink'; target: string }
  | { path: string; type: 'char'; mode: number; major: number; minor: number };

const TYPE_BITS = { dir: 0o040000, file: 0o100000, symlink: 0o120000, char: 0o020000 } as const;
const TRAILER = 'TRAILER!!!';

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

function pad4(length: number): number {
  return (4 - (length % 4)) % 4;
}

function normalisePath(path: string): string {
  const trimmed = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (trimmed === '' || trimmed.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`cpio: bad path ${JSON.stringify(path)}`);
  }
  return trimmed;
}

/** Every directory above each entry, so the archive never relies on the unpacker creating parents. */
function withParents(entries: CpioEntry[]): CpioEntry[] {
  const byPath = new Map<string, CpioEntry>();
  for (const entry of entries) {
    const path = normalisePath(entry.path);
    if (byPath.has(path)) throw new Error(`cpio: duplicate path ${path}`);
    byPath.set(path, { ...entry, path });
  }
  for (const path of [...byPath.keys()]) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      const existing = byPath.get(parent);
      if (existing === undefined) byPath.set(parent, { path: parent, type: 'dir', mode: 0o755 });
      else if (existing.type !== 'dir') throw new Error(`cpio: ${parent} is not a directory`);
    }
  }
  return [...byPath.values()];
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function header(fields: { ino: number; mode: number; nlink: number; size: number; rdevMajor: number; rdevMinor: number; nameSize: number }): string {
  return (
    '070701' +
    [
      fields.ino,
      fields.mode,
      0, // uid
      0, // gid
      fields.nlink,
      0, // mtime
      fields.size,
      0, // devmajor
      0, // devminor
      fields.rdevMajor,
      fields.rdevMinor,
      fields.nameSize,
      0, // check
    ]
      .map(hex8)
      .join('')
  );
}

export function writeCpio(entries: CpioEntry[]): Uint8Array {
  const sorted = withParents(entries).sort((a, b) => compareBytes(a.path, b.path));
  const chunks: Uint8Array[] = [];
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    const padding = pad4(bytes.byteLength);
    if (padding) chunks.push(new Uint8Array(padding));
  };
  const pushRecord = (fields: Parameters<typeof header>[0], name: string, data: Uint8Array) => {
    // Header (110 bytes) and name are padded together to a multiple of four.
    push(Buffer.concat([Buffer.from(header(fields)), Buffer.from(name + '\0')]));
    if (data.byteLength) push(data);
  };

  sorted.forEach((entry, index) => {
    const ino = index + 1;
    const name = entry.path;
    const nameSize = Buffer.byteLength(name) + 1;
    switch (entry.type) {
      case 'dir':
        pushRecord({ ino, mode: TYPE_BITS.dir | entry.mode, nlink: 2, size: 0, rdevMajor: 0, rdevMinor: 0, nameSize }, name, new Uint8Array());
        break;
      case 'file':
        pushRecord({ ino, mode: TYPE_BITS.file | entry.mode, nlink: 1, size: entry.data.byteLength, rdevMajor: 0, rdevMinor: 0, nameSize }, name, entry.data);
        break;
      case 'symlink': {
        const target = Buffer.from(entry.target);
        pushRecord({ ino, mode: TYPE_BITS.symlink | 0o777, nlink: 1, size: target.byteLength, rdevMajor: 0, rdevMinor: 0, nameSize }, name, target);
        break;
      }
      case 'char':
        pushRecord({ ino, mode: TYPE_BITS.char | entry.mode, nlink: 1, size: 0, rdevMajor: entry.major, rdevMinor: entry.minor, nameSize }, name, new Uint8Array());
        break;
    }
  });
  pushRecord({ ino: 0, mode: 0, nlink: 1, size: 0, rdevMajor: 0, rdevMinor: 0, nameSize: TRAILER.length + 1 }, TRAILER, new Uint8Array());
  return Buffer.concat(chunks);
}

export interface CpioMember {
  path: string;
  mode: number;
  data: Uint8Array;
}

/** Reads a newc archive back (used by --check to compare one member, and by tests). */
export function readCpio(archive: Uint8Array): CpioMember[] {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const members: CpioMember[] = [];
  let offset = 0;
  for (;;) {
    const magic = bytes.toString('latin1', offset, offset + 6);
    if (magic !== '070701') throw new Error(`cpio: bad magic at ${offset}`);
    const field = (i: number) => parseInt(bytes.toString('latin1', offset + 6 + i * 8, offset + 14 + i * 8), 16);
    const mode = field(1);
    const size = field(6);
    const nameSize = field(11);
    const nameStart = offset + 110;
    const path = bytes.toString('utf8', nameStart, nameStart + nameSize - 1);
    const dataStart = nameStart + nameSize + pad4(110 + nameSize);
    if (path === TRAILER) return members;
    members.push({ path, mode, data: bytes.subarray(dataStart, dataStart + size) });
    offset = dataStart + size + pad4(size);
  }
}
