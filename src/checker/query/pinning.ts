import type { Report } from '../define-rule.ts';
import type { DockerfileModel, Instruction, Word } from '../model/types.ts';
import { positionals, type CommandCall } from './commands.ts';
import { actionOf, managerOf, packagesOf, type PackageManager } from './package-managers.ts';
import { runCommands } from './run-instructions.ts';

/** Where an install runs: the instruction in the file (its stage and variables) and the whole model. */
export interface PinningContext {
  model: DockerfileModel;
  host: Instruction;
}

/** The packages of a call installed without a version, or null when the call is not that manager's install. */
export type UnpinnedReader = (call: CommandCall, context: PinningContext) => Word[] | null;

/** Reports each install command that names at least one package without a version (one finding per command). */
export function checkPinning(model: DockerfileModel, report: Report, read: UnpinnedReader, messageId = 'unpinned'): void {
  for (const { host, call } of runCommands(model)) {
    const unpinned = read(call, { model, host });
    if (!unpinned || unpinned.length === 0) continue;
    report({ messageId, data: { manager: call.name, packages: listOf(unpinned) }, range: call.command.range });
  }
}

/** `curl, git, vim …`: the first three names, enough to find the line. */
function listOf(words: Word[]): string {
  const names = words.slice(0, 3).map((word) => word.value);
  return words.length > 3 ? `${names.join(', ')} …` : names.join(', ');
}

/** A word that is one expansion and nothing else (`$PACKAGES`, `${deps}`, `$(cat list)`): its packages are unknown here. */
function isOpaque(word: Word): boolean {
  return word.hasExpansion && /^\$(?:\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|\(.*\))$/s.test(word.value);
}

function unpinnedOf(words: Word[], pinned: (value: string) => boolean): Word[] {
  return words.filter((word) => !isOpaque(word) && !pinned(word.value));
}

/** Whether one of these options is present, alone or as `--name=value`, before any `--`. */
function hasAnyOption(args: Word[], names: string[]): boolean {
  for (const arg of args) {
    if (arg.value === '--') return false;
    if (names.some((name) => arg.value === name || (name.startsWith('--') && arg.value.startsWith(`${name}=`)))) return true;
  }
  return false;
}

/** The packages of an install of one of these managers (`apt-get install`, `apk add`, `dnf install` …), or null. */
function installedPackages(call: CommandCall, managers: PackageManager[], action: string): Word[] | null {
  const manager = managerOf(call);
  return manager && managers.includes(manager) && actionOf(call) === action ? packagesOf(call) : null;
}

// apt-get / apt ------------------------------------------------------------------------------------------------

/** `curl=7.88.1-10+deb12u5`, `curl=7.88*`, a target release `curl/bookworm-backports`, a local `./tool.deb`. */
export function aptPinned(value: string): boolean {
  return value.includes('=') || value.includes('/') || value.endsWith('.deb');
}

export const unpinnedAptPackages: UnpinnedReader = (call) => {
  const packages = installedPackages(call, ['apt'], 'install');
  return packages && unpinnedOf(packages, aptPinned);
};

// apk ----------------------------------------------------------------------------------------------------------

/** `flex=2.6.4-r1`, `git~2.45`, `python3<3.13`, a local `tool-1.0.apk`. */
export function apkPinned(value: string): boolean {
  return /[=~<>]/.test(value) || value.endsWith('.apk');
}

export const unpinnedApkPackages: UnpinnedReader = (call) => {
  const packages = installedPackages(call, ['apk'], 'add');
  return packages && unpinnedOf(packages, apkPinned);
};

// yum / dnf / microdnf -----------------------------------------------------------------------------------------

/** Variables referenced by a word (`git-core-${version}` → `version`). */
function variablesIn(value: string): string[] {
  return [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
}

/** A variable visible here, or declared by an ARG anywhere (a build argument set from outside, e.g. by Renovate). */
function isDeclared(name: string, { model, host }: PinningContext): boolean {
  return host.variables.has(name) || model.instructions.some((instruction) => instruction.keyword === 'ARG' && instruction.pairs.some((pair) => pair.key === name));
}

/**
 * `tomcat-9.0.39`, `openssl-1:1.1.1k`, `gcc-c++-12.2*`, a local or remote `.rpm`, or a version held in a declared
 * variable (`git-core-${version}`): a name followed by dash-separated parts of which at least one starts with a digit.
 */
export function rpmPinned(value: string, context: PinningContext): boolean {
  const parts = value.split('-');
  if (parts.length <= 1) return false;
  if (value.endsWith('.rpm')) return true;
  if (value.includes('$')) return variablesIn(value).some((name) => isDeclared(name, context));
  const tail = parts.slice(1);
  return tail.every((part) => /^[0-9A-Za-z.~^_:+*]+$/.test(part)) && tail.some((part) => /^[0-9]/.test(part));
}

function unpinnedRpmPackages(managers: PackageManager[]): UnpinnedReader {
  return (call, context) => {
    const packages = installedPackages(call, managers, 'install');
    if (packages) return unpinnedOf(packages, (value) => rpmPinned(value, context));
    // A module stream is pinned with `name:stream`; groups have no version.
    const modules = installedPackages(call, managers, 'module install');
    return modules && unpinnedOf(modules, (value) => value.includes(':'));
  };
}

export const unpinnedYumPackages = unpinnedRpmPackages(['yum']);
export const unpinnedDnfPackages = unpinnedRpmPackages(['dnf', 'microdnf']);

// zypper -------------------------------------------------------------------------------------------------------

/** `tomcat=9.0.39`, `tomcat>=9.0`, `tomcat<10`, a local `.rpm`. */
export function zypperPinned(value: string): boolean {
  return /[=<>]/.test(value) || value.endsWith('.rpm');
}

/** The value of zypper's `-t`/`--type` (`package` when absent). */
function zypperType(args: Word[]): { type: string; word: Word | null } {
  const at = args.findIndex((word) => word.value === '-t' || word.value === '--type' || word.value.startsWith('--type='));
  if (at === -1) return { type: 'package', word: null };
  if (args[at].value.startsWith('--type=')) return { type: args[at].value.slice(7), word: null };
  return { type: args[at + 1]?.value ?? '', word: args[at + 1] ?? null };
}

export const unpinnedZypperPackages: UnpinnedReader = (call) => {
  const packages = installedPackages(call, ['zypper'], 'install') ?? installedPackages(call, ['zypper'], 'in');
  if (!packages) return null;
  // Patterns, patches and products (`-t pattern devel_basis`) have no version to pin.
  const { type, word } = zypperType(call.args);
  if (type !== 'package') return null;
  return unpinnedOf(packages.filter((pkg) => pkg !== word), zypperPinned);
};

// pip ----------------------------------------------------------------------------------------------------------

const PIP_VALUE_OPTIONS = new Set([
  '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src', '-e', '--editable',
  '--platform', '--python-version', '--implementation', '--abi', '--no-binary', '--only-binary', '--progress-bar', '--proxy',
  '--python', '--root-user-action', '--trusted-host', '--upgrade-strategy', '--cache-dir', '--log', '--timeout', '--retries',
  '--exists-action', '--cert', '--client-cert', '-b', '--build', '--global-option', '--install-option', '-C', '--config-settings',
  '--report', '--suffix', '--pip-args',
]);
const VCS_SCHEME = /^(?:git|hg|svn|bzr)(?:\+[a-z-]+)?:/;

/**
 * `flask==3.0.3`, `flask~=3.0`, `flask>=3,<4`, a VCS URL with a ref after the path (`git+https://…/repo.git@v1.2`),
 * a local wheel or sdist, or any other path or URL.
 */
export function pipPinned(value: string): boolean {
  if (/[<>]|[=!~]=/.test(value)) return true;
  if (VCS_SCHEME.test(value)) return value.slice(value.lastIndexOf('/') + 1).includes('@');
  return value.endsWith('.whl') || value.endsWith('.tar.gz') || value.includes('/');
}

/** The arguments after `pip`, `pip3`, `pipx`, `python -m pip` … or null for other commands. */
function pipArgs(call: CommandCall): Word[] | null {
  if (/^pip(?:x|[0-9.]*)$/.test(call.name)) return call.args;
  if (!/^python[0-9.]*$/.test(call.name)) return null;
  const module = call.args.findIndex((word, n) => word.value === '-m' && /^pip[0-9.]*$/.test(call.args[n + 1]?.value ?? ''));
  return module === -1 ? null : call.args.slice(module + 2);
}

export const unpinnedPipPackages: UnpinnedReader = (call) => {
  const args = pipArgs(call);
  if (!args) return null;
  const [sub, ...packages] = positionals(args, PIP_VALUE_OPTIONS);
  if (sub?.value !== 'install') return null;
  // A requirements or constraints file decides the versions (and `pip install .` reads the project's own metadata).
  if (hasAnyOption(args, ['-r', '--requirement', '-c', '--constraint']) || args.some((word) => /^-[rc]./.test(word.value))) return [];
  if (packages.some((word) => word.value === '.')) return [];
  return unpinnedOf(packages, pipPinned);
};

// npm ----------------------------------------------------------------------------------------------------------

const NPM_VALUE_OPTIONS = new Set(['--loglevel', '--registry', '--prefix', '--cache', '--userconfig', '--omit', '--include', '-w', '--workspace', '--install-strategy']);

/**
 * `express@4.19.2`, `@scope/name@^1.2` (any version or range but `latest`), a git URL or GitHub shorthand with a
 * `#commit` or `#semver:` ref, a tarball, or a local folder.
 */
export function npmPinned(value: string): boolean {
  if (/^(?:git(?:\+[a-z]+)?:\/\/|https?:\/\/|(?:github|gitlab|bitbucket|gist):)/.test(value)) {
    return value.includes('#') || /\.(?:tar|tar\.gz|tgz)$/.test(value);
  }
  if (/\.(?:tar|tar\.gz|tgz)$/.test(value) || /^(?:\/|\.\.?\/|~\/|file:)/.test(value)) return true;
  const scoped = value.startsWith('@');
  const name = scoped ? value.slice(value.indexOf('/') + 1) : value;
  if (!scoped && /^[\w.-]+\/[\w.-]+/.test(value)) return value.includes('#');
  const at = name.indexOf('@');
  if (at <= 0) return false;
  const version = name.slice(at + 1);
  return version !== '' && version !== 'latest';
}

export const unpinnedNpmPackages: UnpinnedReader = (call) => {
  if (call.name !== 'npm') return null;
  const [sub, ...packages] = positionals(call.args, NPM_VALUE_OPTIONS);
  if (!sub || !['install', 'i', 'add'].includes(sub.value)) return null;
  return unpinnedOf(packages, npmPinned);
};

// gem ----------------------------------------------------------------------------------------------------------

/** gem install options that take no value; any other option is read as taking the next word. */
const GEM_FLAGS = new Set([
  '-N', '--no-document', '--no-ri', '--no-rdoc', '--user-install', '--no-user-install', '--conservative', '--minimal-deps', '-f',
  '--force', '--no-force', '--ignore-dependencies', '--prerelease', '--no-prerelease', '--pre', '--development', '--development-all',
  '-E', '--env-shebang', '--no-env-shebang', '-V', '--verbose', '--no-verbose', '-q', '--quiet', '--silent', '--norc', '-l',
  '--local', '-r', '--remote', '-b', '--both', '--clear-sources', '--default', '--explain', '--lock', '--no-lock', '--suggestions',
  '--no-suggestions', '-w', '--wrappers', '--no-wrappers', '--format-executable', '--no-format-executable', '--vendor',
  '--post-install-message', '--no-post-install-message', '-u', '--update-sources', '--no-update-sources', '--backtrace', '--debug',
  '--document',
]);

/** `bundler:2.5.6`, `rails:'~> 7.1'`, or a local `.gem` file. */
export function gemPinned(value: string): boolean {
  return value.includes(':') || value.endsWith('.gem');
}

export const unpinnedGemPackages: UnpinnedReader = (call) => {
  if (call.name !== 'gem') return null;
  const end = call.args.findIndex((word) => word.value === '--');
  const args = end === -1 ? call.args : call.args.slice(0, end);
  const sub = args.findIndex((word) => !word.value.startsWith('-'));
  if (sub === -1 || !['install', 'i'].includes(args[sub].value)) return null;
  // `-v 2.5.6` / `--version=2.5.6` pins every gem of the command.
  if (args.some((word) => word.value === '-v' || word.value === '--version' || word.value.startsWith('--version='))) return [];
  const gems: Word[] = [];
  for (let i = sub + 1; i < args.length; i++) {
    const value = args[i].value;
    if (!value.startsWith('-')) gems.push(args[i]);
    else if (!GEM_FLAGS.has(value) && !value.includes('=')) i++;
  }
  return unpinnedOf(gems, gemPinned);
};
