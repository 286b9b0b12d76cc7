import { fileURLToPath } from 'node:url';
import { indexLessons } from '../../src/course/lesson-index.ts';

/** The course's lessons per language, read from content/ the way the build reads them. */
export const lessons = indexLessons(fileURLToPath(new URL('../../content/lessons/', import.meta.url)));
