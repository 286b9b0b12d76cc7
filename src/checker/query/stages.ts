import type { DockerfileModel, Instruction, Stage } from '../model/types.ts';

/** A stage followed by the stages it is built on (`FROM builder` …), nearest first. O(length of the chain). */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  const seen = new Set<Stage>();
  for (let current: Stage | null = stage; current && !seen.has(current); current = current.baseStage) {
    seen.add(current);
    chain.push(current);
  }
  return chain;
}

/** Instructions of a stage and of the stages it is built on, oldest first. */
export function inheritedInstructions(stage: Stage): Instruction[] {
  const chain = stageChain(stage);
  const instructions: Instruction[] = [];
  for (let k = chain.length - 1; k >= 0; k--) for (const instruction of chain[k].instructions) instructions.push(instruction);
  return instructions;
}

const roots = new WeakMap<Stage, Stage>();

/** The first stage of a stage's chain: the one built on an image, not on another stage. Memoised, so asking for every stage is linear. */
export function rootStage(stage: Stage): Stage {
  const path: Stage[] = [];
  const seen = new Set<Stage>();
  let root: Stage = stage;
  for (let current: Stage | null = stage; current; current = current.baseStage) {
    const known = roots.get(current);
    if (known) {
      root = known;
      break;
    }
    if (seen.has(current)) break;
    seen.add(current);
    path.push(current);
    root = current;
  }
  for (const link of path) roots.set(link, root);
  return root;
}

/**
 * `(stage) => test holds for the stage or for a stage it is built on`, memoised along the chains so
 * asking for every stage of a 5,000-stage chain tests each stage once instead of once per descendant.
 */
export function holdsInChain(test: (stage: Stage) => boolean): (stage: Stage) => boolean {
  return foldInChain(test, (inherited, own) => inherited || own, false);
}

/** The final stage: the image `docker build` produces by default. */
export function finalStage(model: DockerfileModel): Stage | null {
  return model.stages[model.stages.length - 1] ?? null;
}

/**
 * `(stage) => combine(…combine(combine(empty, value(root)), …), value(stage))`: a value folded along a stage's
 * chain, root first, memoised so asking for every stage of a long chain computes each stage's value once.
 * Call it only for stages whose own value no longer changes (earlier stages, when walking the file in order).
 */
export function foldInChain<T>(value: (stage: Stage) => T, combine: (inherited: T, own: T) => T, empty: T): (stage: Stage) => T {
  const memo = new Map<Stage, T>();
  return (stage) => {
    const path: Stage[] = [];
    const seen = new Set<Stage>();
    let result = empty;
    for (let current: Stage | null = stage; current; current = current.baseStage) {
      if (memo.has(current)) {
        result = memo.get(current)!;
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
      path.push(current);
    }
    for (let k = path.length - 1; k >= 0; k--) {
      result = combine(result, value(path[k]));
      memo.set(path[k], result);
    }
    return result;
  };
}

/** Stages whose files end up in the final image: the final stage and the stages it is built on. */
export function shippedStages(model: DockerfileModel): Set<Stage> {
  const last = model.stages[model.stages.length - 1];
  return new Set(last ? stageChain(last) : []);
}

export function stageOf(model: DockerfileModel, instruction: Instruction): Stage | null {
  return model.stages[instruction.stageIndex] ?? null;
}
