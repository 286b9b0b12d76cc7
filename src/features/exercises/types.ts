import type { DockerfileModel, Finding, Lang } from '../../checker/index.ts';
import type { Localized } from '../../checker/types.ts';

export type { Localized };
export type ExerciseLanguage = 'dockerfile' | 'yaml';

export interface ExerciseRequirement {
  id: string;
  /** Share of the score (any positive number; the score is the passed weight over the total weight). */
  weight: number;
  text: Localized;
}

export interface ExerciseFile {
  name: string;
  /** Short contents shown to the learner, when they help. */
  contents?: string;
}

/** One exercise as written in `content/exercises/<id>.yaml`. */
export interface ExerciseDefinition {
  id: string;
  lesson: string;
  language: ExerciseLanguage;
  title: Localized;
  task: Localized;
  files: ExerciseFile[];
  starter: string;
  requirements: ExerciseRequirement[];
  /** Exactly three: a nudge, then the concept, then the exact line. */
  hints: [Localized, Localized, Localized];
  solution: string;
  explanation: Localized;
}

/** What a requirement's predicate answers: pass or fail, and why, in both languages. */
export interface Check {
  passed: boolean;
  message: Localized;
}

/** The learner's answer, with what the caller already computed from it (the editor's worker parses and checks once). */
export interface Answer {
  text: string;
  /** The checker's model of a Dockerfile answer; parsed from `text` when absent. */
  model?: DockerfileModel;
  /** The checker's findings for `model`, in the language graded in; checked when absent. */
  findings?: Finding[];
}

/** A Dockerfile answer as the graders see it: the checker's model, and its findings on demand. */
export interface DockerfileSubmission {
  text: string;
  model: DockerfileModel;
  /** The checker's findings (computed once per language; graders look at rule ids, and quote messages). */
  findings(lang?: Lang): Finding[];
}

/** A YAML answer: every document of the stream, or the parse error. */
export interface YamlSubmission {
  text: string;
  documents: unknown[];
  error: Localized | null;
}

export type DockerfileGraders = {
  language: 'dockerfile';
  /** Requirement ids still graded when the Dockerfile has a syntax error (the others fail, naming the error). */
  gradedDespiteSyntaxErrors?: readonly string[];
  requirements: Record<string, (submission: DockerfileSubmission) => Check>;
};

export type YamlGraders = {
  language: 'yaml';
  requirements: Record<string, (submission: YamlSubmission) => Check>;
};

export type ExerciseGraders = DockerfileGraders | YamlGraders;

export interface RequirementResult {
  id: string;
  passed: boolean;
  message: string;
  weight: number;
}

export interface GradeResult {
  exercise: string;
  passed: boolean;
  /** 0–100, weighted by the requirements' weights. */
  score: number;
  requirements: RequirementResult[];
}
