// Image layers and the build cache, from the checker's Dockerfile model. Semantics from Docker's docs:
// - "Optimize cache usage" / "Build cache invalidation": a step is reused while its instruction and, for
//   COPY/ADD, the files it copies are unchanged; once a step is invalidated, every later step of that
//   stage runs again. `COPY --from=<stage>` depends on that stage's output.
// - BuildKit builds only the stages the target (the last stage) depends on; only that stage ships.
// Not modelled: changed build args, base images updated upstream, RUN --mount sources, cache mounts.
import type { DockerfileModel, Instruction, Stage } from '../../../../checker/model/types.ts';
import { flagValue } from '../../../../checker/query/flags.ts';
import { cleanPath, decidingIgnoreRule, globToRegExp, isIgnored, parseDockerignore, selfAndParents, sourceCovers, type IgnoreRule } from './dockerignore.ts';
import { BASE_IMAGE_SIZES, baseImageKey, bytesOfBaseImage, estimateRunBytes, MB, type BaseImageSize, type SizeBasis } from './sizes.ts';

export type ContextFile = { path: string; bytes: number };

const FILESYSTEM_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export type CopySources = { fromStage: string | null; context: string[]; remote: string[]; excludes: string[] };

/** What a COPY/ADD reads: context paths, a stage or image (`--from`), remote URLs; heredocs read nothing. */
export function copySources(instruction: Instruction): CopySources {
  const values = (name: string) => instruction.flags.filter((f) => f.name === name).map((f) => f.value ?? '');
  const words = instruction.json ?? instruction.args.map((word) => word.value).filter((word) => !word.startsWith('<<'));
  const sources = instruction.heredocs.length ? [] : words.slice(0, -1);
  const remote = sources.filter((s) => /^(https?:\/\/|git@)/.test(s));
  return {
    fromStage: flagValue(instruction, 'from'),
    context: sources.filter((s) => !remote.includes(s)),
    remote,
    excludes: values('exclude'),
  };
}

export type LayerStatus = 'cached' | 'rebuilt' | 'skipped';

export type LayerReason =
  | { kind: 'unchanged' }
  | { kind: 'file-changed'; file: string }
  | { kind: 'after-rebuilt'; line: number }
  | { kind: 'stage-output-changed'; stage: number }
  | { kind: 'base-stage-rebuilt'; stage: number }
  | { kind: 'stage-not-needed' };

export type Layer = {
  stageIndex: number;
  keyword: string;
  /** Instruction text as written (continuations folded). */
  text: string;
  line: number;
  /** `empty`: metadata only, a 0 B entry in `docker history`. */
  kind: 'base' | 'filesystem' | 'empty';
  status: LayerStatus;
  reason: LayerReason;
  /** null when the size is unknown (a base image not in the offline table, COPY --from an image). */
  bytes: number | null;
  sizeBasis: SizeBasis;
  /** Context files this COPY/ADD copies (after .dockerignore and --exclude). */
  copies: string[];
};

export type StageBuild = {
  index: number;
  name: string | null;
  baseImage: string;
  /** The offline table entry, when the base is an image in it. */
  baseImageSize: BaseImageSize | null;
  needed: boolean;
  final: boolean;
  layers: Layer[];
  rebuilt: boolean;
  /** Sum of every layer, base included; null when any layer's size is unknown. */
  imageBytes: number | null;
  /** Sum of the layers this stage adds on top of its base (known sizes only). */
  addedBytes: number;
};

export type BuildAnalysis = {
  stages: StageBuild[];
  /** The changed file is not sent to the builder (excluded by .dockerignore). */
  changedIgnored: boolean;
  /** The .dockerignore line that decided the changed file, if any. */
  changedRule: IgnoreRule | null;
  /** The shipped image: the last stage. */
  final: StageBuild | null;
};

export type BuildOptions = {
  context: readonly ContextFile[];
  dockerignore: string;
  /** The one file edited since the last build, or null for an unchanged rebuild. */
  changed: string | null;
  baseSizes?: Record<string, BaseImageSize>;
};

/** What the builder receives: the files .dockerignore lets through, and the edited file (cleaned). */
type SentContext = { sent: readonly ContextFile[]; changed: string | null };

/** Index of the earlier stage a `COPY --from` copies from (resolved by the checker's model), or -1 (an image). */
function copiedStage(instruction: Instruction, stageIndex: number): number {
  const source = instruction.fromStage;
  return source && source.index < stageIndex ? source.index : -1;
}

/** Stages the last stage depends on through FROM <stage> and COPY --from (BuildKit skips the rest). */
function neededStages(model: DockerfileModel): Set<number> {
  const needed = new Set<number>();
  const visit = (index: number) => {
    if (needed.has(index)) return;
    needed.add(index);
    const stage = model.stages[index];
    if (stage.baseStage) visit(stage.baseStage.index);
    for (const instruction of stage.instructions) {
      const source = copiedStage(instruction, index);
      if (source >= 0) visit(source);
    }
  };
  if (model.stages.length) visit(model.stages.length - 1);
  return needed;
}

export function analyzeBuild(model: DockerfileModel, options: BuildOptions): BuildAnalysis {
  const baseSizes = options.baseSizes ?? BASE_IMAGE_SIZES;
  const rules = parseDockerignore(options.dockerignore);
  const sent = options.context.filter((file) => !isIgnored(rules, file.path));
  const changed = options.changed === null ? null : cleanPath(options.changed);
  const changedRule = changed === null ? null : decidingIgnoreRule(rules, changed);
  const changedIgnored = changedRule !== null && !changedRule.exclusion;
  const needed = neededStages(model);
  const stages: StageBuild[] = [];
  // In order: a stage reads the results of the earlier stages it builds on or copies from.
  for (const stage of model.stages) stages.push(buildStage(stage, model, needed.has(stage.index), stages, baseSizes, { sent, changed }));
  return { stages, changedIgnored, changedRule, final: stages.at(-1) ?? null };
}

/** One stage: its FROM layer, then a layer per instruction; the first rebuilt step invalidates the rest. */
function buildStage(
  stage: Stage,
  model: DockerfileModel,
  isNeeded: boolean,
  earlier: readonly StageBuild[],
  baseSizes: Record<string, BaseImageSize>,
  context: SentContext,
): StageBuild {
  const parent = stage.baseStage ? earlier[stage.baseStage.index] : null;
  const key = baseImageKey(stage);
  const tableEntry = parent ? null : (baseSizes[key] ?? null);
  const base = baseLayer(stage, isNeeded, parent, tableEntry);
  const layers: Layer[] = [base];
  let dirtySince: number | null = base.reason.kind === 'base-stage-rebuilt' ? base.line : null;

  for (const instruction of stage.instructions) {
    const layer = instructionLayer(instruction, stage.index, isNeeded, dirtySince, earlier, context);
    if (layer.status === 'rebuilt' && dirtySince === null) dirtySince = layer.line;
    layers.push(layer);
  }
  const known = layers.every((layer) => layer.bytes !== null);
  return {
    index: stage.index,
    name: stage.name,
    baseImage: parent ? stage.baseImage.raw : key,
    baseImageSize: tableEntry,
    needed: isNeeded,
    final: stage.index === model.stages.length - 1,
    layers,
    rebuilt: layers.some((layer) => layer.status === 'rebuilt'),
    imageBytes: known ? layers.reduce((sum, layer) => sum + layer.bytes!, 0) : null,
    addedBytes: layers.slice(1).reduce((sum, layer) => sum + (layer.bytes ?? 0), 0),
  };
}

/** The FROM layer: an image from the table (or of unknown size), or an earlier stage's whole image. */
function baseLayer(stage: Stage, isNeeded: boolean, parent: StageBuild | null, tableEntry: BaseImageSize | null): Layer {
  const reason: LayerReason = !isNeeded
    ? { kind: 'stage-not-needed' }
    : parent?.rebuilt
      ? { kind: 'base-stage-rebuilt', stage: parent.index }
      : { kind: 'unchanged' };
  return {
    stageIndex: stage.index,
    keyword: 'FROM',
    text: stage.from.text,
    line: stage.from.range.line,
    kind: 'base',
    status: !isNeeded ? 'skipped' : reason.kind === 'base-stage-rebuilt' ? 'rebuilt' : 'cached',
    reason,
    bytes: parent ? parent.imageBytes : tableEntry ? bytesOfBaseImage(tableEntry) : null,
    sizeBasis: parent ? 'base-stage' : tableEntry ? 'base-table' : 'base-unknown',
    copies: [],
  };
}

/** A layer's own size and why it would rebuild, before the stage's earlier steps are taken into account. */
type StepEffect = { reason: LayerReason; bytes: number | null; sizeBasis: SizeBasis; copies: string[] };

/** The layer of one instruction; `dirtySince` is the line of the first rebuilt step above it, if any. */
function instructionLayer(
  instruction: Instruction,
  stageIndex: number,
  isNeeded: boolean,
  dirtySince: number | null,
  earlier: readonly StageBuild[],
  context: SentContext,
): Layer {
  const filesystem = FILESYSTEM_KEYWORDS.has(instruction.keyword);
  const effect = stepEffect(instruction, stageIndex, earlier, context);
  let reason = effect.reason;
  if (dirtySince !== null) reason = { kind: 'after-rebuilt', line: dirtySince };
  const status: LayerStatus = !isNeeded ? 'skipped' : reason.kind === 'unchanged' ? 'cached' : 'rebuilt';
  if (!isNeeded) reason = { kind: 'stage-not-needed' };
  return {
    stageIndex,
    keyword: instruction.keyword,
    text: instruction.text,
    line: instruction.range.line,
    kind: filesystem ? 'filesystem' : 'empty',
    status,
    reason,
    bytes: effect.bytes,
    sizeBasis: effect.sizeBasis,
    copies: effect.copies,
  };
}

const unchanged = (): LayerReason => ({ kind: 'unchanged' });

/** RUN: a heuristic size; COPY/ADD: from a stage, an image or the context; anything else: metadata, 0 B. */
function stepEffect(instruction: Instruction, stageIndex: number, earlier: readonly StageBuild[], context: SentContext): StepEffect {
  if (instruction.keyword === 'RUN') return { reason: unchanged(), bytes: estimateRunBytes(instruction), sizeBasis: 'heuristic', copies: [] };
  if (!FILESYSTEM_KEYWORDS.has(instruction.keyword)) return { reason: unchanged(), bytes: 0, sizeBasis: 'empty', copies: [] };
  const sources = copySources(instruction);
  if (sources.fromStage !== null) return copyFromEffect(instruction, stageIndex, earlier);
  return copyContextEffect(sources, context);
}

/** `COPY --from`: an earlier stage's output (rebuilt when that stage was), or an image of unknown size. */
function copyFromEffect(instruction: Instruction, stageIndex: number, earlier: readonly StageBuild[]): StepEffect {
  const from = copiedStage(instruction, stageIndex);
  if (from < 0) return { reason: unchanged(), bytes: null, sizeBasis: 'base-unknown', copies: [] };
  const output = earlier[from];
  return {
    reason: output.rebuilt ? { kind: 'stage-output-changed', stage: from } : unchanged(),
    bytes: stageOutputBytes(output),
    sizeBasis: 'stage-output',
    copies: [],
  };
}

/** COPY/ADD from the context: the sent files its sources cover minus `--exclude`; remote URLs count 1 MB each. */
function copyContextEffect(sources: CopySources, { sent, changed }: SentContext): StepEffect {
  const excludes = sources.excludes.map((pattern) => globToRegExp(cleanPath(pattern), true));
  const copies = sent
    .filter((file) => sources.context.some((source) => sourceCovers(source, file.path)))
    .filter((file) => !excludes.some((re) => selfAndParents(cleanPath(file.path)).some((p) => re.test(p))))
    .map((file) => file.path);
  let bytes = sent.filter((file) => copies.includes(file.path)).reduce((sum, file) => sum + file.bytes, 0);
  let sizeBasis: SizeBasis = 'context';
  if (sources.remote.length) {
    bytes += sources.remote.length * MB;
    sizeBasis = 'heuristic';
  }
  const reason: LayerReason = changed !== null && copies.includes(changed) ? { kind: 'file-changed', file: changed } : unchanged();
  return { reason, bytes, sizeBasis, copies };
}

/** What `COPY --from=<stage>` is assumed to copy: the stage's last RUN layer (its build output), else its last filesystem layer. */
export function stageOutputBytes(stage: StageBuild): number | null {
  const filesystem = stage.layers.filter((layer) => layer.kind === 'filesystem');
  const lastRun = filesystem.filter((layer) => layer.keyword === 'RUN').at(-1);
  return (lastRun ?? filesystem.at(-1))?.bytes ?? 0;
}
