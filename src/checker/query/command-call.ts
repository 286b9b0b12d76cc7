import type { Instruction, ShellCommand, Word } from '../model/types.ts';
import type { ShellVariables } from './variables.ts';

/**
 * A command an instruction runs, as the shell runs it: behind its wrappers (`sudo`, `env -i A=1`, `gosu app`,
 * `timeout 60`, `xargs -r` …), inside `sh -c '…'` scripts, and in exec (JSON) form.
 */
export interface CommandCall {
  /** Command name without path and wrappers (`sudo /usr/bin/apt-get` → `apt-get`). */
  name: string;
  nameWord: Word;
  args: Word[];
  /** The command as written (wrappers and `VAR=x` prefixes included). */
  command: ShellCommand;
  /** The RUN, CMD, ENTRYPOINT or HEALTHCHECK that runs it (an ONBUILD's trigger for `ONBUILD RUN`). */
  instruction: Instruction;
  /** Variables set for this command alone, expanded: `VAR=x cmd`, `env VAR=x cmd`, `sudo VAR=x cmd`. */
  assignments: ReadonlyMap<string, string>;
  /** Variables the script set before it (`export CGO_ENABLED=0 && go build`, `A=1; …`, `unset A`). */
  shellVariables: ShellVariables;
  /** ARG and ENV values reach the script (false inside `env -i sh -c '…'`). */
  buildVariables: boolean;
  /** `env -i cmd`: the command gets only its `assignments`. */
  clearsEnvironment: boolean;
  /** It may not run in a build that succeeds (after `true ||`, in an `if` branch, after `exit 0` …). */
  mayNotRun: boolean;
  /** Where `cd` earlier in the script moved to (`/tmp`, or `src` relative to WORKDIR); null when none did. */
  directory: string | null;
}
