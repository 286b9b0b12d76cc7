import type { Report } from '../define-rule.ts';
import type { DockerfileModel, Instruction } from '../model/types.ts';
import { callsOf, positionals, type CommandCall } from './commands.ts';
import { installsPackages, managerOf, subcommandOf, type PackageManager } from './package-managers.ts';
import { runInstructions } from './run-instructions.ts';

/**
 * Where a directory may be written: an absolute path, or `~/…` for the same path under any home directory
 * (`~/.cache/pip` is /root/.cache/pip for root and /home/<user>/.cache/pip for a user).
 */
export type CacheDir = string;

const HOME_PREFIXES = [/^~(?=\/|$)/, /^\$HOME(?=\/|$)/, /^\$\{HOME\}(?=\/|$)/];
const HOME_DIR = /^(?:~|\/root|\/home\/[^/]+)(?=\/|$)/;

/** A path as written in `rm` or `--mount`, without quotes, trailing `/`, `/*` or `/.`, and with `$HOME` spelt `~`. */
function normalizePath(path: string): string {
  let result = path.replace(/^["']|["']$/g, '');
  for (const prefix of HOME_PREFIXES) result = result.replace(prefix, '~');
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(/\/\*$|\/\.$|\/+$/, '');
  }
  return result;
}

/** Whether a path is the directory or a directory that contains it (`/var/cache` covers /var/cache/apk). */
export function pathCovers(path: string, dir: CacheDir): boolean {
  const written = normalizePath(path);
  if (written === '') return false;
  if (!dir.startsWith('~/')) return dir === written || dir.startsWith(`${written}/`);
  const inHome = dir.slice(1);
  // A home directory set elsewhere (`/app/.cache/pip`) is recognised by the path inside it.
  if (written.endsWith(inHome)) return true;
  const home = HOME_DIR.exec(written);
  if (!home) return false;
  const rest = written.slice(home[0].length);
  return inHome === rest || inHome.startsWith(`${rest}/`);
}

/** `rm <dir>…` (or a directory above it, or `<dir>/*`) of one of the cache directories. */
export function removesPath(call: CommandCall, dirs: CacheDir[]): boolean {
  return call.name === 'rm' && call.args.some((word) => !word.value.startsWith('-') && dirs.some((dir) => pathCovers(word.value, dir)));
}

/** Targets of the `--mount=type=cache` and `--mount=type=tmpfs` of a RUN: what is written there never reaches the layer. */
function scratchMountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of run.flags) {
    if (flag.name !== 'mount' || !flag.value) continue;
    const options = new Map(flag.value.split(',').map((option) => {
      const equals = option.indexOf('=');
      return equals === -1 ? [option.trim(), ''] : [option.slice(0, equals).trim(), option.slice(equals + 1).trim()];
    }));
    const type = options.get('type');
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) targets.push(target);
  }
  return targets;
}

/** Whether a RUN mounts a cache or tmpfs over one of these directories (or a directory above it). */
export function mountsOver(run: Instruction, dirs: CacheDir[]): boolean {
  return scratchMountTargets(run).some((target) => dirs.some((dir) => pathCovers(target, dir)));
}

/**
 * The first call that writes the cache and is not followed by a cleanup: cleaning before installing does
 * not help, so only a cleanup after the last write counts.
 */
export function uncleanedWrite(calls: CommandCall[], writes: (call: CommandCall) => boolean, cleans: (call: CommandCall) => boolean): CommandCall | null {
  let pending: CommandCall | null = null;
  for (const call of calls) {
    if (writes(call)) pending ??= call;
    else if (pending && cleanupRunsAfter(pending, call) && cleans(call)) pending = null;
  }
  return pending;
}

/**
 * A cleanup that may not run (`true || rm …`, inside `if false`) leaves the cache behind, unless the write may not
 * run either: `if …; then yum install … && yum clean all; fi` cleans whenever it installs.
 */
function cleanupRunsAfter(write: CommandCall, cleanup: CommandCall): boolean {
  return !cleanup.mayNotRun || write.mayNotRun;
}

/** Whether a cleanup that runs whenever the call at `index` runs comes after it. */
export function cleanedAfter(calls: CommandCall[], index: number, cleans: (call: CommandCall) => boolean): boolean {
  return calls.slice(index + 1).some((call) => cleanupRunsAfter(calls[index], call) && cleans(call));
}

/** `<manager> clean all` (`yum clean -y all` too); `clean packages` or `clean metadata` alone leave the rest behind. */
export function cleansAll(call: CommandCall): boolean {
  const sub = subcommandOf(call);
  return sub?.word.value === 'clean' && positionals(sub.rest).some((word) => word.value === 'all');
}

export interface CacheCleanupSpec {
  /** Package managers checked; each must clean its own cache. */
  managers: PackageManager[];
  /** Whether a call cleans the cache of its manager (`dnf clean all`). */
  cleans: (call: CommandCall) => boolean;
  /** Whether a call writes the cache; by default, any install or upgrade. */
  writes?: (call: CommandCall) => boolean;
  cacheDirs: CacheDir[];
}

/** Reports package installs whose RUN (or ONBUILD RUN) leaves the package manager's cache in the layer. */
export function checkCacheCleanup(model: DockerfileModel, report: Report, spec: CacheCleanupSpec, messageId = 'missingClean'): void {
  const writes = spec.writes ?? installsPackages;
  for (const { run } of runInstructions(model)) {
    if (mountsOver(run, spec.cacheDirs)) continue;
    const calls = callsOf(run);
    for (const manager of spec.managers) {
      const write = uncleanedWrite(
        calls,
        (call) => managerOf(call) === manager && writes(call),
        (call) => (managerOf(call) === manager && spec.cleans(call)) || removesPath(call, spec.cacheDirs),
      );
      if (write) report({ messageId, data: { manager: write.name }, range: write.command.range });
    }
  }
}
