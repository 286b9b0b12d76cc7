/** Whether a lesson is done, and the done count of a module: read on every page (sidebar ticks and counts). */
import type { ProgressDocument } from './schema.ts';

export const isLessonDone = (doc: ProgressDocument, slug: string): boolean => slug in doc.lessons;

/** Done and total lessons of one module (a sidebar group), from the slugs it lists. */
export function moduleCount(slugs: string[], doc: ProgressDocument): { done: number; total: number } {
  return { done: slugs.filter((slug) => isLessonDone(doc, slug)).length, total: slugs.length };
}
