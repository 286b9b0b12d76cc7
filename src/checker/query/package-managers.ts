import type { Word } from '../model/types.ts';
import { positionals, type CommandCall } from './commands.ts';

const APT_VALUE_OPTIONS = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);
const YUM_VALUE_OPTIONS = new Set(['-c', '-d', '-e', '-x', '--exclude', '--enablerepo', '--disablerepo', '--setopt', '--installroot', '--releasever', '--repo']);

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
  const valueOptions = call.name === 'apt-get' || call.name === 'apt' ? APT_VALUE_OPTIONS : YUM_VALUE_OPTIONS;
  const words = positionals(call.args, valueOptions);
  if (words.length === 0) return null;
  const index = call.args.indexOf(words[0]);
  return { word: words[0], rest: call.args.slice(index + 1) };
}

/** Package names given to an install/remove subcommand. */
export function packagesOf(call: CommandCall): Word[] {
  const sub = subcommandOf(call);
  if (!sub) return [];
  return positionals(sub.rest, call.name === 'apt-get' ? APT_VALUE_OPTIONS : YUM_VALUE_OPTIONS);
}

export function isAptInstall(call: CommandCall): boolean {
  return (call.name === 'apt-get' || call.name === 'apt') && subcommandOf(call)?.word.value === 'install';
}

/** Strips a version or architecture from a package name (`curl=7.88*` → `curl`). */
export function packageName(value: string): string {
  return value.split(/[=:<>]/)[0];
}
