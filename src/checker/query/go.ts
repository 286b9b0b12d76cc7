import type { Instruction } from '../model/types.ts';
import { argValues } from './command-values.ts';
import { callsOfRuns, positionals, surelyRun, type CommandCall } from './commands.ts';

const BUILD_VALUE_OPTIONS = ['-o', '-ldflags', '-tags', '-gcflags', '-trimpath'];

/** The `go build` calls among these instructions that surely run, with their output path (`-o X`, `-o=X`) if given. */
export function goBuilds(instructions: Instruction[]): { call: CommandCall; output: string | null }[] {
  return surelyRun(callsOfRuns(instructions))
    .filter((call) => call.name === 'go' && positionals(argValues(call), BUILD_VALUE_OPTIONS)[0] === 'build')
    .map((call) => {
      const args = argValues(call);
      const index = args.findIndex((arg) => arg === '-o' || arg.startsWith('-o='));
      const output = index === -1 ? null : args[index] === '-o' ? (args[index + 1] ?? null) : args[index].slice(3);
      return { call, output };
    });
}
