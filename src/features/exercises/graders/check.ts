import type { Stage } from '../../../checker/index.ts';
import { finalStage } from '../../../checker/query/index.ts';
import type { Check, DockerfileSubmission } from '../types.ts';

export function pass(en: string, ptBR: string): Check {
  return { passed: true, message: { en, 'pt-BR': ptBR } };
}

export function fail(en: string, ptBR: string): Check {
  return { passed: false, message: { en, 'pt-BR': ptBR } };
}

/** A requirement about the image that ships: a Dockerfile without any FROM fails it, in the same words everywhere. */
export function onFinalStage(check: (final: Stage, submission: DockerfileSubmission) => Check): (submission: DockerfileSubmission) => Check {
  return (submission) => {
    const final = finalStage(submission.model);
    return final ? check(final, submission) : fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
  };
}
