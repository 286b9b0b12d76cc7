/** Learner progress: the store, its document schema and the import/export format. */
export { openProgressStore, memoryStorage, STORAGE_KEY, BACKUP_PREFIX } from './store.ts';
export type { ProgressStore, StorageLike, StorageEventSource, SaveResult, ImportResult, ImportPreview, Notice, ExercisePatch, StoreOptions } from './store.ts';
export { EDITOR_TEXT_LIMIT, PROGRESS_VERSION, exerciseStatuses, sectionNames } from './schema.ts';
export type { ProgressDocument, ExerciseRecord, ExerciseStatus, QuizRecord, LessonRecord, LabRecord, EditorRecord, DroppedEntry } from './schema.ts';
export { nextStatus } from './exercise-status.ts';
export type { Attempt, HelpUsed } from './exercise-status.ts';
export { APP_MARKER, IMPORT_SIZE_LIMIT } from './transfer.ts';
export type { ImportChange, ImportError } from './transfer.ts';
