/** Two progress documents into one (an import's "merge", and another tab's save while this tab holds unsaved work). */
import { cloneDocument, statusRank, type ProgressDocument } from './schema.ts';

const newer = <T extends { updatedAt: string }>(a: T, b: T): T => (Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a);

/**
 * Both browsers' work, never less than either: lessons stay done (earliest date), exercises keep the higher status
 * (then the newer record), lab steps are united, editor texts, quiz answers and lesson visits take the newer save.
 */
export function mergeDocuments(current: ProgressDocument, incoming: ProgressDocument): ProgressDocument {
  const merged = cloneDocument(current);
  const other = cloneDocument(incoming);
  for (const section of ['editors', 'quizzes', 'visits'] as const) {
    const mine = merged[section] as Record<string, { updatedAt: string }>;
    for (const [id, record] of Object.entries(other[section])) mine[id] = mine[id] ? newer(mine[id], record) : record;
  }
  for (const [id, record] of Object.entries(other.exercises)) {
    const mine = merged.exercises[id];
    if (!mine) merged.exercises[id] = record;
    else {
      const order = statusRank(record.status) - statusRank(mine.status);
      const best = order > 0 ? record : order < 0 ? mine : newer(mine, record);
      merged.exercises[id] = { ...best, score: Math.max(mine.score, record.score) };
    }
  }
  for (const [slug, record] of Object.entries(other.lessons)) {
    const mine = merged.lessons[slug];
    merged.lessons[slug] = mine && Date.parse(mine.completedAt) <= Date.parse(record.completedAt) ? mine : record;
  }
  for (const [id, record] of Object.entries(other.labs)) {
    const mine = merged.labs[id];
    merged.labs[id] = mine ? { stepsDone: [...new Set([...mine.stepsDone, ...record.stepsDone])], updatedAt: newer(mine, record).updatedAt } : record;
  }
  return merged;
}
