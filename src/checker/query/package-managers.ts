import type { Word } from '../model/types.ts';
import { positionals, type CommandCall } from './commands.ts';

/** A family of package-manager commands that share one cache and one set of subcommands. */
export type PackageManager = 'apt' | 'apk' | 'dnf' | 'microdnf' | 'yum' | 'zypper';

interface ManagerSpec {
  commands: string[];
  /** Options written before or after the subcommand that take the next word as their value. */
  valueOptions: ReadonlySet<string>;
  /** Subcommands that download and install or upgrade packages (`group install` for two-word ones). */
  install: ReadonlySet<string>;
  /** Subcommands that only download the package index. */
  refresh: ReadonlySet<string>;
  /** Subcommands that upgrade every installed package. */
  upgradeAll: ReadonlySet<string>;
}

const RPM_VALUE_OPTIONS = ['-c', '-d', '-e', '-x', '--config', '--exclude', '--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever', '--repo', '--repoid', '--forcearch', '--disableplugin', '--enableplugin', '--debuglevel', '--errorlevel', '--rpmverbosity', '--downloaddir', '--destdir', '--comment'];
const DNF_INSTALL = [
  'install', 'in', 'reinstall', 'rei', 'localinstall', 'groupinstall', 'groupupdate', 'upgrade', 'up', 'update', 'upgrade-minimal', 'up-min', 'update-minimal',
  'distro-sync', 'distrosync', 'dsync', 'downgrade', 'dg', 'swap', 'group install', 'group upgrade', 'groups install', 'module install', 'module update',
];

const MANAGERS: Record<PackageManager, ManagerSpec> = {
  apt: {
    commands: ['apt-get', 'apt', 'aptitude'],
    valueOptions: new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']),
    install: new Set(['install', 'reinstall', 'build-dep', 'upgrade', 'dist-upgrade', 'full-upgrade', 'safe-upgrade']),
    refresh: new Set(['update']),
    upgradeAll: new Set(),
  },
  apk: {
    commands: ['apk'],
    valueOptions: new Set(['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '-t', '--virtual', '--timeout', '--wait']),
    install: new Set(['add', 'upgrade', 'fix']),
    refresh: new Set(['update']),
    upgradeAll: new Set(),
  },
  dnf: {
    commands: ['dnf', 'dnf5', 'dnf-3'],
    valueOptions: new Set(RPM_VALUE_OPTIONS),
    install: new Set(DNF_INSTALL),
    refresh: new Set(['makecache', 'mc']),
    upgradeAll: new Set(['update', 'up', 'upgrade', 'upgrade-minimal', 'up-min', 'update-minimal', 'distro-sync', 'dsync']),
  },
  microdnf: {
    commands: ['microdnf'],
    valueOptions: new Set(RPM_VALUE_OPTIONS),
    install: new Set(['install', 'reinstall', 'upgrade', 'update', 'distro-sync', 'downgrade', 'swap', 'module install']),
    refresh: new Set(['makecache']),
    upgradeAll: new Set(['update', 'upgrade', 'distro-sync']),
  },
  yum: {
    commands: ['yum'],
    valueOptions: new Set(RPM_VALUE_OPTIONS),
    install: new Set(['install', 'localinstall', 'groupinstall', 'groupupdate', 'reinstall', 'update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'downgrade', 'distro-sync', 'swap', 'group install', 'groups install', 'group update']),
    refresh: new Set(['makecache']),
    upgradeAll: new Set(['update', 'upgrade', 'update-minimal', 'upgrade-minimal', 'distro-sync']),
  },
  zypper: {
    commands: ['zypper'],
    valueOptions: new Set(['-c', '--config', '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir', '-r', '--repo', '--from']),
    install: new Set(['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'install-new-recommends', 'inr']),
    refresh: new Set(['refresh', 'ref']),
    upgradeAll: new Set(['update', 'up', 'dist-upgrade', 'dup', 'patch']),
  },
};

const MANAGER_BY_COMMAND = new Map<string, PackageManager>(
  (Object.keys(MANAGERS) as PackageManager[]).flatMap((manager) => MANAGERS[manager].commands.map((command) => [command, manager] as const)),
);
/** Subcommands whose second word names the action (`dnf group install`, `dnf module install`). */
const TWO_WORD_SUBCOMMANDS = new Set(['group', 'groups', 'module']);

/** The package manager a command belongs to (`apt-get`, `apt`, `aptitude` → apt; `dnf5` → dnf), or null. */
export function managerOf(call: CommandCall): PackageManager | null {
  return MANAGER_BY_COMMAND.get(call.name) ?? null;
}

function valueOptionsOf(call: CommandCall): ReadonlySet<string> {
  const manager = managerOf(call);
  return manager ? MANAGERS[manager].valueOptions : MANAGERS.yum.valueOptions;
}

const subcommandCache = new WeakMap<CommandCall, { word: Word; rest: Word[] } | null>();

/** The subcommand of a package manager call (`apt-get -q install x` → `install`), or null. */
export function subcommandOf(call: CommandCall): { word: Word; rest: Word[] } | null {
  let cached = subcommandCache.get(call);
  if (cached === undefined) {
    cached = findSubcommand(call);
    subcommandCache.set(call, cached);
  }
  return cached;
}

function findSubcommand(call: CommandCall): { word: Word; rest: Word[] } | null {
  const words = positionals(call.args, valueOptionsOf(call));
  if (words.length === 0) return null;
  const index = call.args.indexOf(words[0]);
  return { word: words[0], rest: call.args.slice(index + 1) };
}

/** What a package-manager call does, as its subcommand (`group install` for the two-word ones), or null. */
export function actionOf(call: CommandCall): string | null {
  const sub = subcommandOf(call);
  if (!sub) return null;
  if (!TWO_WORD_SUBCOMMANDS.has(sub.word.value)) return sub.word.value;
  const [second] = positionals(sub.rest, valueOptionsOf(call));
  return second ? `${sub.word.value} ${second.value}` : sub.word.value;
}

/** Whether a call downloads and installs or upgrades packages (`apt-get install`, `apk add`, `dnf up`, `zypper in` …). */
export function installsPackages(call: CommandCall): boolean {
  const manager = managerOf(call);
  return manager !== null && MANAGERS[manager].install.has(actionOf(call) ?? '');
}

/** Whether a call downloads the package index without installing anything (`apt-get update`, `apk update`, `zypper refresh`, `dnf makecache`). */
export function refreshesIndex(call: CommandCall): boolean {
  const manager = managerOf(call);
  return manager !== null && MANAGERS[manager].refresh.has(actionOf(call) ?? '');
}

/** Whether a call upgrades every installed package (`yum update`, `dnf upgrade`, `zypper up` without package names). */
export function upgradesAll(call: CommandCall): boolean {
  const manager = managerOf(call);
  return manager !== null && MANAGERS[manager].upgradeAll.has(actionOf(call) ?? '') && packagesOf(call).length === 0;
}

/** Package names given to an install/remove subcommand. */
export function packagesOf(call: CommandCall): Word[] {
  const sub = subcommandOf(call);
  if (!sub) return [];
  const words = positionals(sub.rest, valueOptionsOf(call));
  return TWO_WORD_SUBCOMMANDS.has(sub.word.value) ? words.slice(1) : words;
}

export function isAptInstall(call: CommandCall): boolean {
  return (call.name === 'apt-get' || call.name === 'apt') && subcommandOf(call)?.word.value === 'install';
}

/** Strips a version or architecture from a package name (`curl=7.88*` → `curl`). */
export function packageName(value: string): string {
  return value.split(/[=:<>]/)[0];
}
