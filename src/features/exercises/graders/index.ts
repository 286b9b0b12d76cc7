import type { ExerciseGraders } from '../types.ts';
import distrolessHealthcheck from './distroless-healthcheck.ts';
import goStaticScratch from './go-static-scratch.ts';
import healthcheckTiming from './healthcheck-timing.ts';
import javaMultistage from './java-multistage.ts';
import kubernetesProbes from './kubernetes-probes.ts';
import leanLayers from './lean-layers.ts';
import nodeAlpineProd from './node-alpine-prod.ts';
import ociLabelsEntrypoint from './oci-labels-entrypoint.ts';
import pinBaseImage from './pin-base-image.ts';
import pythonCacheOrder from './python-cache-order.ts';
import runAsNonRoot from './run-as-non-root.ts';
import spotTheBugs from './spot-the-bugs.ts';

/** Graders per exercise id; the ids match `content/exercises/<id>.yaml`. */
export const graders: Record<string, ExerciseGraders> = {
  'pin-base-image': pinBaseImage,
  'go-static-scratch': goStaticScratch,
  'node-alpine-prod': nodeAlpineProd,
  'python-cache-order': pythonCacheOrder,
  'distroless-healthcheck': distrolessHealthcheck,
  'healthcheck-timing': healthcheckTiming,
  'run-as-non-root': runAsNonRoot,
  'lean-layers': leanLayers,
  'kubernetes-probes': kubernetesProbes,
  'spot-the-bugs': spotTheBugs,
  'oci-labels-entrypoint': ociLabelsEntrypoint,
  'java-multistage': javaMultistage,
};
