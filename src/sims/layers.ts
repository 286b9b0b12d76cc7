// Image layers and the build cache, from the checker's Dockerfile model. Semantics from Docker's docs:
// - "Optimize cache usage" / "Build cache invalidation": a step is reused while its instruction and, for
//   COPY/ADD, the files it copies are unchanged; once a step is invalidated, every later step of that
//   stage runs again. `COPY --from=<stage>` depends on that stage's output.
// - Dockerfile reference (COPY/ADD): sources are relative to the context and use Go's filepath.Match
//   wildcards; a source naming a directory (or `.`) copies everything under it; `--exclude` skips paths.
// - .dockerignore: one pattern per line, `#` comments, paths cleaned (leading `/` dropped), filepath.Match
//   plus `**` for any number of directories; `!` re-includes; the LAST matching line decides; a pattern
//   matching a directory matches everything under it (moby/patternmatcher MatchesOrParentMatches).
// - BuildKit builds only the stages the target (the last stage) depends on; only that stage ships.
// - `docker history` lists metadata instructions (ENV, LABEL, CMD, WORKDIR…) as 0 B entries.
// Not modelled: changed build args, base images updated upstream, RUN --mount sources, cache mounts.
import type { DockerfileModel, Instruction, Stage } from '../checker/model/types.ts';
import { callsOf } from '../checker/query/commands.ts';
import baseImageData from './data/base-image-sizes.json' with { type: 'json' };

export type ContextFile = { path: string; bytes: number };

export type BaseImageSize = {
  size: number;
  unit: 'MB' | 'MiB';
  measure: 'uncompressed' | 'compressed' | 'not stated';
  /** Which source, for a translated label: the two 2018 blog posts, the distroless README, Docker's docs. */
  sourceId: 'google-cloud-blog' | 'distroless-pt-blog' | 'distroless-readme' | 'docker-docs';
  source: string;
  sourceUrl: string;
  date: string;
};

export const BASE_IMAGE_SIZES = baseImageData.images as Record<string, BaseImageSize>;

export const bytesOfBaseImage = (entry: BaseImageSize) => Math.round(entry.size * (entry.unit === 'MiB' ? 1024 * 1024 : 1_000_000));

/** `name:tag` key of the offline table (`latest` when untagged, registry kept). */
export function baseImageKey(stage: Stage): string {
  if (stage.scratch) return 'scratch';
  const { registry, repository, tag } = stage.baseImage;
  return `${registry ? `${registry}/` : ''}${repository}:${tag ?? 'latest'}`;
}

// ---------- paths and patterns ----------

/** filepath.Clean for slash paths relative to the context root: `./a//b/` → `a/b`, `/` → `.`. */
export function cleanPath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.length ? out.join('/') : '.';
}

/** Go filepath.Match syntax as an anchored RegExp; `doubleStar` adds .dockerignore's `**`. */
export function globToRegExp(pattern: string, doubleStar: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '*') {
      if (doubleStar && pattern[i + 1] === '*') {
        i += 1;
        if (pattern[i + 1] === '/') i += 1;
        // `**` at the end matches everything; elsewhere any number of directories, even none.
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negate = body.startsWith('^') || body.startsWith('!');
        if (negate) body = body.slice(1);
        re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/]/g, '\\]')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < pattern.length) {
      i += 1;
      re += escapeRegExp(pattern[i]);
    } else re += escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `a/b/c` → [`a`, `a/b`, `a/b/c`]: a pattern that matches a directory covers what is under it. */
const selfAndParents = (path: string) => path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

export type IgnoreRule = { pattern: string; exclusion: boolean; regexp: RegExp; line: number };

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (!pattern) return;
    const exclusion = pattern.startsWith('!');
    if (exclusion) pattern = pattern.slice(1).trim();
    if (!pattern) return;
    pattern = cleanPath(pattern);
    rules.push({ pattern, exclusion, regexp: globToRegExp(pattern, true), line: index + 1 });
  });
  return rules;
}

/** The .dockerignore rule that decides `path`, or null when none matches (the file is sent). */
export function decidingIgnoreRule(rules: readonly IgnoreRule[], path: string): IgnoreRule | null {
  const candidates = selfAndParents(cleanPath(path));
  let decided: IgnoreRule | null = null;
  for (const rule of rules) if (candidates.some((candidate) => rule.regexp.test(candidate))) decided = rule;
  return decided;
}

export function isIgnored(rules: readonly IgnoreRule[], path: string): boolean {
  const rule = decidingIgnoreRule(rules, path);
  return rule !== null && !rule.exclusion;
}

/** Does COPY/ADD source `source` (relative to the context) copy `path`? */
export function sourceCovers(source: string, path: string): boolean {
  const cleaned = cleanPath(source);
  if (cleaned === '.') return true;
  const regexp = globToRegExp(cleaned, false);
  return selfAndParents(cleanPath(path)).some((candidate) => regexp.test(candidate));
}

// ---------- instructions ----------

const FILESYSTEM_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

export type CopySources = { fromStage: string | null; context: string[]; remote: string[]; excludes: string[] };

/** What a COPY/ADD reads: context paths, a stage or image (`--from`), remote URLs; heredocs read nothing. */
export function copySources(instruction: Instruction): CopySources {
  const flag = (name: string) => instruction.flags.filter((f) => f.name === name).map((f) => f.value ?? '');
  const words = instruction.json ?? instruction.args.map((word) => word.value).filter((word) => !word.startsWith('<<'));
  const sources = instruction.heredocs.length ? [] : words.slice(0, -1);
  const remote = sources.filter((s) => /^(https?:\/\/|git@)/.test(s));
  return {
    fromStage: flag('from')[0] ?? null,
    context: sources.filter((s) => !remote.includes(s)),
    remote,
    excludes: flag('exclude'),
  };
}

export type SizeBasis = 'base-table' | 'base-unknown' | 'base-stage' | 'context' | 'stage-output' | 'heuristic' | 'empty';

// Rough sizes of what common commands leave in a layer (megabytes, decimal). A teaching estimate,
// not a measurement: real figures depend on the project, versions and architecture.
const MB = 1_000_000;
export const RUN_SIZE_HEURISTICS: { label: string; test: (words: string[]) => boolean; bytes: (words: string[]) => number }[] = [
  { label: 'npm ci / npm install', test: (w) => w[0] === 'npm' && ['ci', 'install', 'i'].includes(w[1]), bytes: (w) => (w.some((x) => /^--(omit=dev|production|only=prod)/.test(x)) ? 30 : 60) * MB },
  { label: 'yarn install', test: (w) => w[0] === 'yarn' && (w.length === 1 || w[1] === 'install'), bytes: () => 60 * MB },
  { label: 'npm run build', test: (w) => w[0] === 'npm' && w[1] === 'run', bytes: () => 2 * MB },
  { label: 'pip install', test: (w) => /^pip3?$/.test(w[0]) && w[1] === 'install', bytes: (w) => (w.includes('--no-cache-dir') ? 40 : 55) * MB },
  { label: 'go mod download', test: (w) => w[0] === 'go' && w[1] === 'mod' && w[2] === 'download', bytes: () => 50 * MB },
  { label: 'go build', test: (w) => w[0] === 'go' && w[1] === 'build', bytes: () => 10 * MB },
  { label: 'apt-get install', test: (w) => w[0] === 'apt-get' && w[1] === 'install', bytes: () => 50 * MB },
  { label: 'apt-get update', test: (w) => w[0] === 'apt-get' && w[1] === 'update', bytes: () => 20 * MB },
  { label: 'apk add', test: (w) => w[0] === 'apk' && w[1] === 'add', bytes: (w) => (w.includes('--no-cache') ? 5 : 7) * MB },
];
/** Any other command: a few files. */
export const OTHER_COMMAND_BYTES = 10_000;

/** Estimated bytes a RUN adds; `rm -rf /var/lib/apt/lists` in the same RUN takes apt-get update's lists back out. */
export function estimateRunBytes(instruction: Instruction): number {
  let bytes = 0;
  let aptLists = 0;
  // The checker's reading of the commands: behind sudo and other wrappers, inside `sh -c`, in exec form.
  for (const call of callsOf(instruction)) {
    const words = [call.name, ...call.args.map((w) => w.value)];
    if (call.name === 'rm' && !call.mayNotRun && words.some((w) => w.startsWith('/var/lib/apt/lists'))) {
      bytes -= aptLists;
      aptLists = 0;
      continue;
    }
    const rule = RUN_SIZE_HEURISTICS.find((h) => h.test(words));
    const added = rule ? rule.bytes(words) : OTHER_COMMAND_BYTES;
    if (rule?.label === 'apt-get update') aptLists += added;
    bytes += added;
  }
  return Math.max(bytes, 0);
}

// ---------- the build ----------

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

  for (const stage of model.stages) {
    const isNeeded = needed.has(stage.index);
    const layers: Layer[] = [];
    const line = (instruction: Instruction) => instruction.range.line;
    const parent = stage.baseStage ? stages[stage.baseStage.index] : null;
    const key = baseImageKey(stage);
    const tableEntry = parent ? null : (baseSizes[key] ?? null);
    let dirtySince: number | null = null;

    const baseReason: LayerReason = !isNeeded
      ? { kind: 'stage-not-needed' }
      : parent?.rebuilt
        ? { kind: 'base-stage-rebuilt', stage: parent.index }
        : { kind: 'unchanged' };
    layers.push({
      stageIndex: stage.index,
      keyword: 'FROM',
      text: stage.from.text,
      line: line(stage.from),
      kind: 'base',
      status: !isNeeded ? 'skipped' : baseReason.kind === 'base-stage-rebuilt' ? 'rebuilt' : 'cached',
      reason: baseReason,
      bytes: parent ? parent.imageBytes : tableEntry ? bytesOfBaseImage(tableEntry) : null,
      sizeBasis: parent ? 'base-stage' : tableEntry ? 'base-table' : 'base-unknown',
      copies: [],
    });
    if (baseReason.kind === 'base-stage-rebuilt') dirtySince = line(stage.from);

    for (const instruction of stage.instructions) {
      const filesystem = FILESYSTEM_KEYWORDS.has(instruction.keyword);
      let reason: LayerReason = { kind: 'unchanged' };
      let bytes: number | null = 0;
      let sizeBasis: SizeBasis = 'empty';
      let copies: string[] = [];
      if (instruction.keyword === 'RUN') {
        bytes = estimateRunBytes(instruction);
        sizeBasis = 'heuristic';
      } else if (filesystem) {
        const sources = copySources(instruction);
        if (sources.fromStage !== null) {
          const from = copiedStage(instruction, stage.index);
          if (from >= 0) {
            const output = stages[from];
            bytes = stageOutputBytes(output);
            sizeBasis = 'stage-output';
            if (output.rebuilt) reason = { kind: 'stage-output-changed', stage: from };
          } else {
            bytes = null;
            sizeBasis = 'base-unknown';
          }
        } else {
          const excludes = sources.excludes.map((pattern) => globToRegExp(cleanPath(pattern), true));
          copies = sent
            .filter((file) => sources.context.some((source) => sourceCovers(source, file.path)))
            .filter((file) => !excludes.some((re) => selfAndParents(cleanPath(file.path)).some((p) => re.test(p))))
            .map((file) => file.path);
          bytes = sent.filter((file) => copies.includes(file.path)).reduce((sum, file) => sum + file.bytes, 0);
          sizeBasis = 'context';
          if (sources.remote.length) {
            bytes += sources.remote.length * MB;
            sizeBasis = 'heuristic';
          }
          if (changed !== null && copies.includes(changed)) reason = { kind: 'file-changed', file: changed };
        }
      }
      if (dirtySince !== null) reason = { kind: 'after-rebuilt', line: dirtySince };
      const status: LayerStatus = !isNeeded ? 'skipped' : reason.kind === 'unchanged' ? 'cached' : 'rebuilt';
      if (!isNeeded) reason = { kind: 'stage-not-needed' };
      if (status === 'rebuilt' && dirtySince === null) dirtySince = line(instruction);
      layers.push({
        stageIndex: stage.index,
        keyword: instruction.keyword,
        text: instruction.text,
        line: line(instruction),
        kind: filesystem ? 'filesystem' : 'empty',
        status,
        reason,
        bytes,
        sizeBasis,
        copies,
      });
    }
    const known = layers.every((layer) => layer.bytes !== null);
    stages.push({
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
    });
  }
  return { stages, changedIgnored, changedRule, final: stages.at(-1) ?? null };
}

/** What `COPY --from=<stage>` is assumed to copy: the stage's last RUN layer (its build output), else its last filesystem layer. */
export function stageOutputBytes(stage: StageBuild): number | null {
  const filesystem = stage.layers.filter((layer) => layer.kind === 'filesystem');
  const lastRun = filesystem.filter((layer) => layer.keyword === 'RUN').at(-1);
  return (lastRun ?? filesystem.at(-1))?.bytes ?? 0;
}
