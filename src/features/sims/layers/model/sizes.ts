// How big a layer is: base images from an offline table, RUN commands from rough heuristics.
// `docker history` lists metadata instructions (ENV, LABEL, CMD, WORKDIR…) as 0 B entries.
import type { Instruction, Stage } from '../../../../checker/model/types.ts';
import { callsOf } from '../../../../checker/query/commands.ts';
import baseImageData from './data/base-image-sizes.json' with { type: 'json' };

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

export type SizeBasis = 'base-table' | 'base-unknown' | 'base-stage' | 'context' | 'stage-output' | 'heuristic' | 'empty';

// Rough sizes of what common commands leave in a layer (megabytes, decimal). A teaching estimate,
// not a measurement: real figures depend on the project, versions and architecture.
export const MB = 1_000_000;
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
