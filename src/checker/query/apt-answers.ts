import { argValues } from './command-values.ts';
import type { CommandCall } from './command-call.ts';
import { hasOption } from './options.ts';

/** `-qq`, `-q -q`, `-q=2`, `--quiet --quiet`: apt-get's quiet level 2 implies -y (apt-get(8)). */
function quietLevel(args: string[]): number {
  let level = 0;
  for (const value of args) {
    if (value === '--') break;
    const numeric = /^(?:-q|--quiet)=(\d+)$/.exec(value);
    if (numeric) level += Number(numeric[1]);
    else if (value === '--quiet') level++;
    else if (/^-[A-Za-z]+$/.test(value)) level += value.split('q').length - 1;
  }
  return level;
}

/** Whether an apt-get/apt call answers its own "Do you want to continue? [Y/n]": -y, -qq, Assume-Yes, or a simulation. */
export function aptAssumesYes(call: CommandCall): boolean {
  const args = argValues(call);
  return hasOption(args, { short: 'y', long: ['yes', 'assume-yes'] })
    // A simulation changes nothing and asks nothing.
    || hasOption(args, { short: 's', long: ['simulate', 'just-print', 'dry-run', 'recon', 'no-act'] })
    || quietLevel(args) >= 2
    || args.some((value) => /^APT::Get::Assume-Yes=(?:1|true|yes)$/i.test(value));
}

/** `yes | apt-get install …`: the command reads its answers from `yes`. */
export function pipedFromYes(call: CommandCall): boolean {
  const commands = call.instruction.shell?.commands ?? [];
  const previous = commands[commands.indexOf(call.command) - 1];
  return previous !== undefined && previous.name === 'yes' && previous.pipesInto;
}
