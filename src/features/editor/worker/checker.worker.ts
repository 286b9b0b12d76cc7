/// <reference lib="webworker" />
import { checkModel } from '../../../checker/engine.ts';
import { parseDockerfile } from '../../../checker/index.ts';
import type { CheckRequest, CheckResponse } from './protocol.ts';

// Exercise grading (definitions, graders, the YAML parser) loads only for editors that grade an exercise.
let grading: Promise<typeof import('./grade.ts')> | undefined;

// Linting and grading off the main thread, so typing never waits for them.
self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { seq, text, lang, exerciseId, language } = event.data;
  const started = performance.now();
  const response: CheckResponse = { seq, findings: [], took: 0 };
  try {
    // Parsed and checked once: grading reads the same model and findings.
    const model = language === 'dockerfile' ? parseDockerfile(text) : undefined;
    if (model) response.findings = checkModel(model, { lang });
    if (exerciseId) {
      grading ??= import('./grade.ts');
      response.grade = (await grading).gradeInWorker(exerciseId, { text, model, findings: model ? response.findings : undefined }, lang);
    }
  } catch (error) {
    // The checker never throws by design; if it ever does, the editor says so instead of going silent.
    response.error = String(error);
  }
  response.took = performance.now() - started;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
