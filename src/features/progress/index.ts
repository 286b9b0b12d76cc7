/** Learner progress: the store, its document schema and the import/export format. */
export { openProgressStore, memoryStorage, STORAGE_KEY, BACKUP_PREFIX } from './store.ts';
export type { ProgressStore, StorageLike, StorageEventSource, SaveResult, Notice, ExercisePatch, StoreOptions } from './store.ts';
export { EDITOR_TEXT_LIMIT, PROGRESS_VERSION, exerciseStatuses, sectionNames } from './schema.ts';
export type { ProgressDocument, ExerciseRecord, ExerciseStatus, QuizRecord, LessonRecord, LabRecord, EditorRecord, VisitRecord, FirstAttempt, DroppedEntry } from './schema.ts';
export { nextStatus } from './exercise-status.ts';
export type { Attempt, HelpUsed } from './exercise-status.ts';
export { APP_MARKER, IMPORT_SIZE_LIMIT, exportProgress, importProgress, previewImport } from './transfer.ts';
export type { ImportChange, ImportError, ImportPreview, ImportResult } from './transfer.ts';
export { continueTarget, completesLesson, handsOnDone } from './continuity.ts';
export { isLessonDone, moduleCount } from './lesson-status.ts';
export { keepFirstAttempt, quizRetried } from './quiz-attempt.ts';
export type { ContinueTarget, CourseLesson, HandsOnParts } from './continuity.ts';
