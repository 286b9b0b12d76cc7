import type { Instruction, Stage } from '../model/types.ts';
import { inheritedInstructions, rootStage } from './stages.ts';
import { expand } from './variables.ts';

/** `root`, `0`, `root:root`, `0:0`, `root:1000` … */
export function isRootUser(user: string): boolean {
  return /^(?:root|0+)(?::.*)?$/.test(user.trim());
}

/** The last USER of a stage chain, with variables expanded. */
export function lastUser(stage: Stage): { user: string; instruction: Instruction } | null {
  const users = inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'USER' && instruction.args.length > 0);
  const last = users[users.length - 1];
  return last ? { user: expand(last.args[0].value, last), instruction: last } : null;
}

/** Base images that already run as a non-root user without a USER line (`…:nonroot`, Chainguard's non-dev images). */
export function baseRunsAsNonRoot(stage: Stage): boolean {
  const root = rootStage(stage);
  const image = root.baseImage;
  return !root.scratch && ((image.tag ?? '').includes('nonroot') || (image.registry === 'cgr.dev' && !(image.tag ?? '').includes('dev')));
}
