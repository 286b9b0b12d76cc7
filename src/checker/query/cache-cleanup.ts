import type { Report } from '../define-rule.ts';
import type { DockerfileModel } from '../model/types.ts';
import { callsOf, hasCacheMount, type CommandCall } from './commands.ts';
import { subcommandOf } from './package-managers.ts';

export interface CacheCleanupSpec {
  /** Package manager command names (`yum`, `dnf`, `microdnf`). */
  managers: string[];
  installSubcommands: string[];
  /** Whether a call cleans the cache. */
  cleans: (call: CommandCall) => boolean;
  cacheDirs: string[];
}

/** `rm -rf <dir>…` of one of the cache directories. */
export function removesPath(call: CommandCall, dirs: string[]): boolean {
  return call.name === 'rm' && call.args.some((word) => dirs.some((dir) => word.value.startsWith(dir)));
}

/** Reports package installs whose RUN leaves the package manager's cache in the layer. */
export function checkCacheCleanup(model: DockerfileModel, report: Report, spec: CacheCleanupSpec, messageId = 'missingClean'): void {
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'RUN' || !instruction.shell || hasCacheMount(instruction, spec.cacheDirs)) continue;
    const calls = callsOf(instruction);
    const installs = calls.filter((call) => spec.managers.includes(call.name) && spec.installSubcommands.includes(subcommandOf(call)?.word.value ?? ''));
    if (installs.length === 0) continue;
    if (calls.some((call) => spec.cleans(call) || removesPath(call, spec.cacheDirs))) continue;
    report({ messageId, data: { manager: installs[0].name }, range: installs[0].command.range });
  }
}
