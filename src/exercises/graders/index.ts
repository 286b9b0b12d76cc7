import type { ExerciseGraders } from '../types.ts';
import goStaticScratch from './go-static-scratch.ts';
import pinBaseImage from './pin-base-image.ts';
import spotTheBugs from './spot-the-bugs.ts';

/** Graders per exercise id; the ids match `content/exercises/<id>.yaml`. */
export const graders: Record<string, ExerciseGraders> = {
  'pin-base-image': pinBaseImage,
  'go-static-scratch': goStaticScratch,
  'spot-the-bugs': spotTheBugs,
};
