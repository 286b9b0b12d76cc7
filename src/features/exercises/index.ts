/** Graded exercises: pure TypeScript (browser worker and Node). Definitions come from registry.browser.ts or registry.node.ts. */
export { gradeExercise } from './grade.ts';
export { loadExercises, ExerciseDefinitionError } from './load.ts';
export { graders } from './graders/index.ts';
export type {
  Check, DockerfileSubmission, ExerciseDefinition, ExerciseFile, ExerciseGraders, ExerciseLanguage, ExerciseRequirement, GradeResult, Localized, RequirementResult, YamlSubmission,
} from './types.ts';
