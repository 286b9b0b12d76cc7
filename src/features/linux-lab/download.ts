// Build time only (Node): what "Start lab" downloads, compressed as it travels — the VM snapshot (zstd, sent
// as is), the BIOS images, v86's wasm and JS, and the terminal (xterm.js) — from public/vm/manifest.json and
// the installed packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Paths from the project root: this module is bundled into Astro's prerender chunks, so import.meta.url moves.
const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export interface LabDownload {
  /** Everything, compressed bytes. */
  totalBytes: number;
  /** The snapshot alone (state.bin.zst). */
  stateBytes: number;
  /** The three VM files the lab fetches itself, as stored (their sum drives the progress bar). */
  vmFiles: { state: number; bios: number; vgaBios: number };
  memoryBytes: number;
  v86Version: string;
  /** The 9p files (container labs' userland), fetched after the first prompt: not in totalBytes. */
  userland: { baseurl: string; files: Array<{ path: string; bytes: number; sha256: string }>; gzipBytes: number };
}

let cached: LabDownload | undefined;

export function labDownload(): LabDownload {
  if (cached) return cached;
  const manifestPath = join(root, 'public', 'vm', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    memoryBytes: number;
    v86Version: string;
    files: Record<string, { bytes: number; gzipBytes: number }>;
    userland?: { baseurl: string; files: Array<{ path: string; bytes: number; sha256: string }> };
  };
  const userland = manifest.userland ?? { baseurl: 'fs/', files: [] };
  const file = (name: string) => manifest.files[name];
  const code = [
    require.resolve('v86/build/v86.wasm'),
    require.resolve('v86/build/libv86.mjs'),
    require.resolve('@xterm/xterm/lib/xterm.mjs'),
    require.resolve('@xterm/xterm/css/xterm.css'),
    require.resolve('@xterm/addon-fit/lib/addon-fit.mjs'),
  ].reduce((sum, path) => sum + gzipped(path), 0);
  const state = file('state.bin.zst');
  cached = {
    // The zstd snapshot does not shrink further with gzip: count it as stored.
    totalBytes: state.bytes + file('seabios.bin').gzipBytes + file('vgabios.bin').gzipBytes + code,
    stateBytes: state.bytes,
    vmFiles: { state: state.bytes, bios: file('seabios.bin').bytes, vgaBios: file('vgabios.bin').bytes },
    memoryBytes: manifest.memoryBytes,
    v86Version: manifest.v86Version,
    userland: { ...userland, gzipBytes: userland.files.reduce((sum, f) => sum + gzipped(join(root, 'public', 'vm', userland.baseurl, f.sha256)), 0) },
  };
  return cached;
}
