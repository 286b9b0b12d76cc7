import type { ExerciseGraders } from '../types.ts';
import pinBaseImage from './pin-base-image.ts';

/** Graders per exercise id; the ids match `content/exercises/<id>.yaml`. */
export const graders: Record<string, ExerciseGraders> = {
  'pin-base-image': pinBaseImage,
};
