/// <reference lib="webworker" />
import { checkDockerfile } from '../checker/index.ts';
import type { CheckRequest, CheckResponse } from './checker-protocol.ts';

// Exercise grading (definitions, graders, the YAML parser) loads only for editors that grade an exercise.
let grading: Promise<typeof import('./grade.ts')> | undefined;

// Linting and grading off the main thread, so typing never waits for them.
self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { seq, text, lang, exerciseId, language } = event.data;
  const started = performance.now();
  const response: CheckResponse = { seq, findings: [], took: 0 };
  try {
    if (language === 'dockerfile') response.findings = checkDockerfile(text, { lang });
    if (exerciseId) {
      grading ??= import('./grade.ts');
      response.grade = (await grading).gradeInWorker(exerciseId, text, lang);
    }
  } catch (error) {
    // The checker never throws by design; if it ever does, the editor says so instead of going silent.
    response.error = String(error);
  }
  response.took = performance.now() - started;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
