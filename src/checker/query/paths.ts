import type { DockerfileModel, Instruction, Stage } from '../model/types.ts';
import { baseName } from '../model/shell/wrappers.ts';
import type { CommandCall } from './command-call.ts';
import { flagValue } from './flags.ts';
import { holdsInChain, inheritedInstructions } from './stages.ts';
import { expand } from './variables.ts';

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

/** The working directory an instruction runs in (the WORKDIRs of its stage chain before it); null: after the last one. */
export function workdirAt(stage: Stage, instruction: Instruction | null): string {
  let workdir = '/';
  for (const candidate of inheritedInstructions(stage)) {
    if (candidate === instruction) break;
    if (candidate.keyword === 'WORKDIR' && candidate.args.length > 0) workdir = resolvePath(workdir, expand(candidate.args.map((word) => word.value).join(' '), candidate));
  }
  return workdir;
}

/** The directory a command runs in: its instruction's WORKDIR, moved by any `cd` before it in the same script. */
export function workdirOfCall(stage: Stage, call: CommandCall): string {
  const workdir = workdirAt(stage, call.instruction);
  return call.directory === null ? workdir : resolvePath(workdir, call.directory);
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
  /** `--from` value as written, or null for the build context. */
  from: string | null;
  /** The stage `--from` names (`instruction.fromStage`), or null for the build context or an image. */
  fromStage: Stage | null;
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
      result.push({
        instruction, source, target, folder, contentsTarget: maybeFolder ? resolvedDest : null,
        from: flagValue(instruction, 'from'), fromStage: instruction.fromStage, chown: flagValue(instruction, 'chown'),
      });
    }
  }
  return result;
}

/** The COPY/ADD of a stage chain that put a path into the image (a file, or a folder copied whole), or null. */
export function copiedTo(stage: Stage, path: string): CopiedPath | null {
  const under = (folder: string) => path.startsWith(`${folder.replace(/\/$/, '')}/`);
  return copiedPaths(stage).find((copy) => copy.target === path || (copy.folder && under(copy.target)) || (copy.contentsTarget !== null && under(copy.contentsTarget))) ?? null;
}

/** Whether a copy brings the whole build context (or a source folder) rather than named files. */
export function copiesWholeContext(copy: CopiedPath): boolean {
  return copy.from === null && (copy.source === '.' || copy.source === './' || copy.source === '*' || copy.source === './*');
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

/** Whether a WORKDIR or COPY path is independent of the working directory: absolute (POSIX or Windows) or a `$VAR`. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}

/**
 * Each instruction in file order, with whether a WORKDIR came before it: any WORKDIR in a stage its stage is built on
 * (`FROM base`), or one earlier in its own stage that `sets` counts. Until then relative paths follow the base image.
 */
export function* withWorkdirBefore(
  model: DockerfileModel,
  sets: (instruction: Instruction) => boolean = (instruction) => instruction.keyword === 'WORKDIR',
): Generator<{ instruction: Instruction; workdirBefore: boolean }> {
  const workdirInChain = holdsInChain((link) => link.instructions.some((instruction) => instruction.keyword === 'WORKDIR'));
  let stageIndex = -2;
  let workdirSet = false;
  for (const instruction of model.instructions) {
    if (instruction.stageIndex !== stageIndex) {
      stageIndex = instruction.stageIndex;
      const base = model.stages[stageIndex]?.baseStage;
      workdirSet = !!base && base.index !== stageIndex && workdirInChain(base);
    }
    yield { instruction, workdirBefore: workdirSet };
    if (sets(instruction)) workdirSet = true;
  }
}
