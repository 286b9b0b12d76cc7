// What the Dockerfile graders ask of the checker's model: stages, commands, paths, users.
import type { DockerfileModel, Instruction, Stage } from '../../checker/index.ts';

export { fail, pass } from './check.ts';

/** The last stage: the image `docker build` produces by default. */
export function finalStage(model: DockerfileModel): Stage | null {
  return model.stages[model.stages.length - 1] ?? null;
}

/** A stage and the stages it is built on (`FROM build AS test`), nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | null = stage; current && !chain.includes(current); current = current.baseStage) chain.push(current);
  return chain;
}

/** The stage of a chain that names a real image (or scratch). */
export function rootStage(stage: Stage): Stage {
  const chain = stageChain(stage);
  return chain[chain.length - 1];
}

/** Instructions of a stage and of the stages it is built on, oldest first. */
export function inheritedInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).reverse().flatMap((link) => link.instructions);
}

/** `scratch`, or the base image as written after ARG substitution. */
export function imageLabel(stage: Stage): string {
  const root = rootStage(stage);
  return root.scratch ? 'scratch' : root.baseImage.raw || '(no image)';
}

/** `registry/repository` without tag or digest (`node`, `gcr.io/distroless/static-debian12`). */
export function imageName(stage: Stage): string {
  const image = rootStage(stage).baseImage;
  return image.registry ? `${image.registry}/${image.repository}` : image.repository;
}

/** The stage a `COPY --from=` value names (by name, case-insensitive, or by index), or null for an image. */
export function stageNamed(model: DockerfileModel, value: string, before: Stage | null = null): Stage | null {
  const limit = before ? before.index : model.stages.length;
  const candidates = model.stages.slice(0, limit);
  if (/^\d+$/.test(value)) return candidates[Number(value)] ?? null;
  return candidates.find((stage) => stage.name !== null && stage.name.toLowerCase() === value.toLowerCase()) ?? null;
}

export function flagValue(instruction: Instruction, name: string): string | null {
  const flag = instruction.flags.find((candidate) => candidate.name === name);
  return flag ? (flag.value ?? '') : null;
}

/** Expands `$VAR`, `${VAR}` and `${VAR:-default}` with the ARG/ENV values visible to an instruction. */
export function expand(value: string, instruction: Instruction): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, braced: string, fallback: string | undefined, bare: string) => {
    const current = instruction.variables.get(braced ?? bare);
    if (current !== undefined && current !== null && current !== '') return current;
    return fallback ?? '';
  });
}

// ---- Commands ---------------------------------------------------------------------------------

/** Commands that run the command given after them. */
const WRAPPERS = new Set(['sudo', 'env', 'nice', 'nohup', 'time', 'command', 'exec', 'doas']);

export interface Call {
  /** Command name without path or wrappers (`sudo /usr/bin/apt-get` → `apt-get`). */
  name: string;
  args: string[];
  /** `VAR=value` given on the command line. */
  assignments: Map<string, string>;
  instruction: Instruction;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The commands a RUN (shell, heredoc or JSON form), CMD, ENTRYPOINT or HEALTHCHECK runs. */
export function callsOf(instruction: Instruction): Call[] {
  const commands: { words: string[]; assignments: string[] }[] = instruction.json
    ? [{ words: [...instruction.json], assignments: [] }]
    : (instruction.shell?.commands ?? []).map((command) => ({
        // ARG and ENV values are environment variables for the shell, so `$NAME` becomes their value.
        words: command.words.map((word) => (word.hasExpansion ? expand(word.value, instruction) : word.value)),
        assignments: command.assignments.map((word) => (word.hasExpansion ? expand(word.value, instruction) : word.value)),
      }));
  const calls: Call[] = [];
  for (const command of commands) {
    const assignments = new Map<string, string>();
    for (const assignment of command.assignments) {
      const equals = assignment.indexOf('=');
      if (equals > 0) assignments.set(assignment.slice(0, equals), assignment.slice(equals + 1));
    }
    let words = command.words;
    while (words.length > 0 && WRAPPERS.has(baseName(words[0]))) {
      const wrapper = baseName(words[0]);
      words = words.slice(1);
      while (words.length > 0 && (words[0].startsWith('-') || (wrapper === 'env' && words[0].includes('=')))) {
        if (wrapper === 'env' && words[0].includes('=')) assignments.set(words[0].slice(0, words[0].indexOf('=')), words[0].slice(words[0].indexOf('=') + 1));
        if (wrapper === 'sudo' && ['-u', '-g'].includes(words[0])) words = words.slice(1);
        words = words.slice(1);
      }
    }
    if (words.length === 0) continue;
    calls.push({ name: baseName(words[0]), args: words.slice(1), assignments, instruction });
  }
  return calls;
}

/** Every command run by the RUN instructions given, in order. */
export function runCalls(instructions: Instruction[]): Call[] {
  return instructions.filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf);
}

/** `-y`, a combined `-qy`, `--yes`, `--assume-yes=true`. */
export function hasOption(args: string[], short: string | null, long: string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg.startsWith('--')) {
      if (long.includes(arg.slice(2).split('=')[0])) return true;
    } else if (short && /^-[A-Za-z]+$/.test(arg) && arg.includes(short)) {
      return true;
    }
  }
  return false;
}

/** Positional words after the options (`apt-get -q install -y curl` → install, curl). */
export function positionals(args: string[], takesValue: readonly string[] = []): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return result.concat(args.slice(i + 1));
    if (args[i].startsWith('-') && args[i].length > 1) {
      if (takesValue.includes(args[i])) i++;
      continue;
    }
    result.push(args[i]);
  }
  return result;
}

const APT_VALUE_OPTIONS = ['-o', '-c', '-t', '--option', '--config-file', '--target-release'];

/** `apt-get install …` / `apt install …`: the subcommand of an apt call, or null. */
export function aptSubcommand(call: Call): string | null {
  if (call.name !== 'apt-get' && call.name !== 'apt') return null;
  return positionals(call.args, APT_VALUE_OPTIONS)[0] ?? null;
}

export function aptPackages(call: Call): string[] {
  return positionals(call.args, APT_VALUE_OPTIONS).slice(1).map((name) => name.split(/[=:]/)[0]);
}

/** `rm -rf /var/lib/apt/lists/*` (or the folder itself). */
export function removesAptLists(call: Call): boolean {
  return call.name === 'rm' && call.args.some((arg) => /^\/var\/lib\/apt\/lists(?:\/\*?)?$/.test(arg));
}

/** A RUN whose `--mount=type=cache` keeps a folder out of the layer. */
export function cacheMountCovers(instruction: Instruction, folder: string): boolean {
  return instruction.flags.some((flag) => {
    if (flag.name !== 'mount' || !/(?:^|,)type=cache(?:,|$)/.test(flag.value ?? '')) return false;
    const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(flag.value ?? '')?.[1];
    return target !== undefined && (folder === target || folder.startsWith(`${target.replace(/\/$/, '')}/`) || target.startsWith(folder));
  });
}

/** `pip install …`, `pip3 install …`, `python -m pip install …`: the arguments after `install`, or null. */
export function pipInstallArgs(call: Call): string[] | null {
  let args = call.args;
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(call.name)) {
    const module = args.indexOf('-m');
    if (module === -1 || args[module + 1] !== 'pip') return null;
    args = args.slice(module + 2);
  } else if (!/^pip(?:\d+(?:\.\d+)?)?$/.test(call.name)) {
    return null;
  }
  const install = args.indexOf('install');
  return install === -1 ? null : args.slice(install + 1);
}

/** Files given to `pip install -r FILE` / `--requirement FILE` / `-rFILE` / `--requirement=FILE`. */
export function pipRequirementFiles(args: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-r' || arg === '--requirement') files.push(args[i + 1] ?? '');
    else if (arg.startsWith('--requirement=')) files.push(arg.slice('--requirement='.length));
    else if (/^-r.+/.test(arg)) files.push(arg.slice(2));
  }
  return files.filter((file) => file !== '');
}

// ---- Paths --------------------------------------------------------------------------------------

/** Joins and normalises POSIX paths (`/app` + `./x/../y` → `/app/y`). */
export function resolvePath(base: string, path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${base}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** The working directory an instruction runs in (WORKDIR instructions of its stage chain before it). */
export function workdirAt(stage: Stage, instruction: Instruction | null): string {
  let workdir = '/';
  for (const candidate of inheritedInstructions(stage)) {
    if (candidate === instruction) break;
    if (candidate.keyword === 'WORKDIR' && candidate.args.length > 0) workdir = resolvePath(workdir, expand(candidate.args.map((word) => word.value).join(' '), candidate));
  }
  return workdir;
}

export interface CopiedPath {
  instruction: Instruction;
  /** The source as written (`requirements.txt`, `.`, `/etc/ssl/certs/ca-certificates.crt`, `<<EOF` for a heredoc). */
  source: string;
  /** Where it lands in the image: the file itself, or the folder whose contents it fills (`COPY . .`). */
  target: string;
  /** The source is a folder or the whole context: its contents land under `target`. */
  folder: boolean;
  /** Where the contents land if the source turns out to be a folder (`COPY config /etc/app`): it has no extension. */
  contentsTarget: string | null;
  /** `--from` value, or null for the build context. */
  from: string | null;
  chown: string | null;
}

/** Every source of the COPY/ADD instructions of a stage chain, with where it lands in the image. */
export function copiedPaths(stage: Stage): CopiedPath[] {
  const result: CopiedPath[] = [];
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
    const words = (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction));
    if (words.length < 2) continue;
    const sources = words.slice(0, -1);
    const dest = words[words.length - 1];
    const workdir = workdirAt(stage, instruction);
    const destFolder = dest.endsWith('/') || dest === '.' || dest === '..' || sources.length > 1;
    const resolvedDest = resolvePath(workdir, dest);
    for (const source of sources) {
      const folder = source === '.' || source.endsWith('/') || source.endsWith('/.') || source.endsWith('*');
      const target = folder || !destFolder ? resolvedDest : resolvePath(resolvedDest, baseName(source.replace(/\/+$/, '')));
      const maybeFolder = !folder && !baseName(source).includes('.') && !source.startsWith('<<');
      result.push({ instruction, source, target, folder, contentsTarget: maybeFolder ? resolvedDest : null, from: flagValue(instruction, 'from'), chown: flagValue(instruction, 'chown') });
    }
  }
  return result;
}

/** Whether a path in the image comes from a COPY/ADD of the stage chain (a file, or a folder copied whole). */
export function copiedTo(stage: Stage, path: string): CopiedPath | null {
  const under = (folder: string) => path.startsWith(`${folder.replace(/\/$/, '')}/`);
  return copiedPaths(stage).find((copy) => copy.target === path || (copy.folder && under(copy.target)) || (copy.contentsTarget !== null && under(copy.contentsTarget))) ?? null;
}

/** Whether a copy brings the whole build context (or a source folder) rather than named files. */
export function copiesWholeContext(copy: CopiedPath): boolean {
  return copy.from === null && (copy.source === '.' || copy.source === './' || copy.source === '*' || copy.source === './*');
}

// ---- Users --------------------------------------------------------------------------------------

/** `root`, `0`, `root:root`, `0:0`, `root:1000`… */
export function isRootUser(user: string): boolean {
  return /^(?:root|0)(?::.*)?$/.test(user.trim());
}

/** The last USER of a stage chain, with variables expanded. */
export function lastUser(stage: Stage): { user: string; instruction: Instruction } | null {
  const users = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'USER' && instruction.args.length > 0);
  const last = users[users.length - 1];
  return last ? { user: expand(last.args[0].value, last), instruction: last } : null;
}

/** Base images that already run as a non-root user without a USER line. */
export function baseRunsAsNonRoot(stage: Stage): boolean {
  const root = rootStage(stage);
  const image = root.baseImage;
  return !root.scratch && ((image.tag ?? '').includes('nonroot') || (image.registry === 'cgr.dev' && !(image.tag ?? '').includes('dev')));
}

// ---- HEALTHCHECK --------------------------------------------------------------------------------

/** The HEALTHCHECK that applies to a stage (the last one of its chain). */
export function healthcheckOf(stage: Stage): Instruction | null {
  const healthchecks = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'HEALTHCHECK');
  return healthchecks[healthchecks.length - 1] ?? null;
}

export function isHealthcheckNone(instruction: Instruction): boolean {
  return instruction.args[0]?.value.toUpperCase() === 'NONE';
}

/** The start command of an image (ENTRYPOINT, else CMD) of a stage chain. */
export function startInstruction(stage: Stage): Instruction | null {
  const instructions = inheritedInstructions(stage);
  const find = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword).pop() ?? null;
  return find('ENTRYPOINT') ?? find('CMD');
}

/** PATH in Debian-based, distroless and scratch-built images (the exec form looks bare names up there). */
const DEFAULT_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** The COPY that put an executable into the image, for a path or a bare name run in exec form. */
export function copiedExecutable(stage: Stage, command: string, instruction: Instruction | null): CopiedPath | null {
  if (command.includes('/')) return copiedTo(stage, resolvePath(workdirAt(stage, instruction), command));
  for (const folder of DEFAULT_PATH) {
    const copy = copiedTo(stage, `${folder}/${command}`);
    if (copy) return copy;
  }
  return null;
}

/** `go build` calls, with their output path (`-o X`, `-o=X`) if given. */
export function goBuilds(instructions: Instruction[]): { call: Call; output: string | null }[] {
  return runCalls(instructions)
    .filter((call) => call.name === 'go' && positionals(call.args, ['-o', '-ldflags', '-tags', '-gcflags', '-trimpath'])[0] === 'build')
    .map((call) => {
      const index = call.args.findIndex((arg) => arg === '-o' || arg.startsWith('-o='));
      const output = index === -1 ? null : call.args[index] === '-o' ? (call.args[index + 1] ?? null) : call.args[index].slice(3);
      return { call, output: output === null ? null : expand(output, call.instruction) };
    });
}

/** The value a variable has for a command: `VAR=x cmd`, `env VAR=x cmd`, or ARG/ENV in scope. */
export function variableFor(call: Call, name: string): string | null {
  return call.assignments.get(name) ?? call.instruction.variables.get(name) ?? null;
}

export interface RequirementsInstall {
  instruction: Instruction;
  call: Call;
  /** The file as written after `-r`. */
  file: string;
  /** Where pip looks for it (resolved against WORKDIR). */
  path: string;
  /** The COPY that put it there before this RUN, or null. */
  copy: CopiedPath | null;
}

/** Every `pip install -r FILE` of a stage chain, with the COPY that provided the file. */
export function requirementsInstalls(stage: Stage): RequirementsInstall[] {
  const result: RequirementsInstall[] = [];
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'RUN') continue;
    for (const call of callsOf(instruction)) {
      const args = pipInstallArgs(call);
      if (!args) continue;
      for (const file of pipRequirementFiles(args)) {
        const path = resolvePath(workdirAt(stage, instruction), expand(file, instruction));
        const copy = copiedPaths(stage).filter((candidate) => candidate.instruction.index < instruction.index && (candidate.target === path || (candidate.folder && path.startsWith(`${candidate.target.replace(/\/$/, '')}/`)))).pop() ?? null;
        result.push({ instruction, call, file, path, copy });
      }
    }
  }
  return result;
}
