// The pinned Debian inputs of the lab VM (vm/packages.json): shape checks and checksum verification.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface PackagePin {
  name: string;
  version: string;
  arch: 'i386' | 'all';
  filename: string;
  sha256: string;
  source: string;
  sourceVersion: string;
  binarySource?: string;
  binarySourceVersion?: string;
  licence: string;
  use: string;
  /** Paths inside the package copied into the guest at the same path (files and symlinks, as packaged). */
  files?: string[];
}

/** Installed (not downloaded) tools whose versions decide the helper binaries' bytes; nothing of them is linked in. */
export interface BuildToolPin {
  name: string;
  version: string;
  use: string;
}

export interface Pins {
  distribution: string;
  packages: PackagePin[];
  /** Modules of the pinned kernel loaded at boot (their dependencies are added, from each module's modinfo). */
  kernelModules?: string[];
  buildTools: BuildToolPin[];
}

const DEBIAN_NAME = /^[a-z0-9][a-z0-9.+-]+$/;
// [epoch:]upstream[-revision], as in deb-version(7).
const DEBIAN_VERSION = /^(\d+:)?[0-9][A-Za-z0-9.+~-]*$/;
const SHA256 = /^[0-9a-f]{64}$/;
const GUEST_PATH = /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._+\/-]+$/;
const MODULE_NAME = /^[a-z0-9_]+$/;
const REQUIRED = ['linux-image-', 'busybox-static', 'seabios', 'vgabios'];

/** Every problem with the pins, as readable sentences; an empty list means they are usable. */
export function validatePins(value: unknown): string[] {
  const problems: string[] = [];
  const pins = value as Partial<Pins>;
  if (!pins || typeof pins !== 'object') return ['packages.json must hold an object'];
  if (!Array.isArray(pins.packages)) return ['packages.json needs a "packages" list'];
  if (!Array.isArray(pins.buildTools)) problems.push('packages.json needs a "buildTools" list');
  const seen = new Set<string>();
  for (const [index, pin] of pins.packages.entries()) {
    const where = `packages[${index}] (${pin?.name ?? '?'})`;
    if (!DEBIAN_NAME.test(pin?.name ?? '')) problems.push(`${where}: bad package name`);
    if (seen.has(pin.name)) problems.push(`${where}: listed twice`);
    seen.add(pin.name);
    if (!DEBIAN_VERSION.test(pin.version ?? '')) problems.push(`${where}: version must be an exact Debian version`);
    if (!DEBIAN_VERSION.test(pin.sourceVersion ?? '')) problems.push(`${where}: sourceVersion must be an exact Debian version`);
    if (pin.arch !== 'i386' && pin.arch !== 'all') problems.push(`${where}: arch must be i386 or all`);
    if (!SHA256.test(pin.sha256 ?? '')) problems.push(`${where}: sha256 must be 64 lowercase hex digits`);
    if (!DEBIAN_NAME.test(pin.source ?? '')) problems.push(`${where}: bad source package name`);
    if (!pin.licence) problems.push(`${where}: licence missing`);
    const debVersion = (pin.version ?? '').replace(/^\d+:/, '');
    if (!(pin.filename ?? '').startsWith('pool/') || !(pin.filename ?? '').endsWith(`/${pin.name}_${debVersion}_${pin.arch}.deb`)) {
      problems.push(`${where}: filename must be the archive's pool path of this name, version and arch`);
    }
    if (pin.files !== undefined && (!Array.isArray(pin.files) || pin.files.length === 0 || !pin.files.every((file) => GUEST_PATH.test(file)))) {
      problems.push(`${where}: files must be a non-empty list of relative paths inside the package`);
    }
  }
  if (pins.kernelModules !== undefined && (!Array.isArray(pins.kernelModules) || !pins.kernelModules.every((name) => MODULE_NAME.test(name)))) {
    problems.push('kernelModules must be a list of module names (veth, nf_tables…)');
  }
  for (const prefix of REQUIRED) {
    if (!pins.packages.some((pin) => pin?.name?.startsWith(prefix))) problems.push(`no pinned package named ${prefix}…`);
  }
  const kernel = pins.packages.find((pin) => pin?.name?.startsWith('linux-image-'));
  if (kernel && !/^linux-image-\d+\.\d+\.\d+-\d+-686$/.test(kernel.name)) problems.push(`${kernel.name}: the kernel must be an exact 686 ABI package (linux-image-6.1.0-<n>-686)`);
  for (const [index, tool] of (pins.buildTools ?? []).entries()) {
    if (!DEBIAN_NAME.test(tool?.name ?? '') || !DEBIAN_VERSION.test(tool?.version ?? '')) problems.push(`buildTools[${index}]: needs an exact name and version`);
  }
  return problems;
}

export function loadPins(path: string): Pins {
  const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const problems = validatePins(value);
  if (problems.length) throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  return value as Pins;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Throws unless `bytes` hash to `expected`: a download must match the pin exactly. */
export function verifySha256(label: string, bytes: Uint8Array, expected: string): void {
  const actual = sha256(bytes);
  if (actual !== expected) throw new Error(`${label}: sha256 ${actual} does not match the pinned ${expected}`);
}

/** The name apt-get download accepts for exactly this pin. */
export function aptSpec(pin: PackagePin): string {
  return pin.arch === 'i386' ? `${pin.name}:i386=${pin.version}` : `${pin.name}=${pin.version}`;
}

export function sourcesUrl(source: string, version: string): string {
  return `https://sources.debian.org/src/${source}/${version}/`;
}

export function snapshotUrl(source: string, version: string): string {
  return `https://snapshot.debian.org/package/${source}/${version}/`;
}
