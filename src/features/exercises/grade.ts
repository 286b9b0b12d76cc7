import { parseAllDocuments } from 'yaml';
import { checkModel } from '../../checker/engine.ts';
import { parseDockerfile, type Finding, type Lang } from '../../checker/index.ts';
import type { Answer, Check, DockerfileSubmission, ExerciseDefinition, ExerciseGraders, GradeResult, RequirementResult, YamlSubmission } from './types.ts';

/**
 * Grades an answer against every requirement of an exercise, from the model and findings the caller already
 * has (the editor's worker); only what is missing is computed here. Never throws: a broken answer fails with a reason.
 */
export function gradeExercise(definition: ExerciseDefinition, graders: ExerciseGraders | undefined, answer: Answer, lang: Lang = 'en'): GradeResult {
  const checks = graders ? checkAll(graders, { ...answer, text: typeof answer?.text === 'string' ? answer.text : '' }, lang) : null;
  const requirements: RequirementResult[] = definition.requirements.map((requirement) => {
    const check: Check = checks?.[requirement.id] ?? {
      passed: false,
      message: { en: `No grader checks requirement "${requirement.id}".`, 'pt-BR': `Nenhum corretor verifica o requisito "${requirement.id}".` },
    };
    return { id: requirement.id, passed: check.passed, message: check.message[lang] ?? check.message.en, weight: requirement.weight };
  });
  const total = requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
  const earned = requirements.reduce((sum, requirement) => sum + (requirement.passed ? requirement.weight : 0), 0);
  return {
    exercise: definition.id,
    passed: requirements.length > 0 && requirements.every((requirement) => requirement.passed),
    score: total > 0 ? Math.round((earned / total) * 100) : 0,
    requirements,
  };
}

function checkAll(graders: ExerciseGraders, answer: Answer, lang: Lang): Record<string, Check> {
  const results: Record<string, Check> = {};
  if (graders.language === 'yaml') {
    const submission = yamlSubmission(answer.text);
    for (const [id, predicate] of Object.entries(graders.requirements)) results[id] = safely(() => predicate(submission));
    return results;
  }
  const submission = dockerfileSubmission(answer, lang);
  const syntaxError = submission ? firstSyntaxError(submission) : null;
  const tolerant = new Set(graders.gradedDespiteSyntaxErrors ?? []);
  for (const [id, predicate] of Object.entries(graders.requirements)) {
    if (!submission) results[id] = { passed: false, message: { en: 'The Dockerfile could not be read.', 'pt-BR': 'Não foi possível ler o Dockerfile.' } };
    else if (syntaxError && !tolerant.has(id)) results[id] = syntaxError;
    else results[id] = safely(() => predicate(submission));
  }
  return results;
}

function dockerfileSubmission(answer: Answer, lang: Lang): DockerfileSubmission | null {
  try {
    const model = answer.model ?? parseDockerfile(answer.text);
    const findings = new Map<Lang, Finding[]>();
    if (answer.findings) findings.set(lang, answer.findings);
    return {
      text: answer.text,
      model,
      findings(wanted: Lang = 'en') {
        let result = findings.get(wanted);
        // The other language is checked only when a grader quotes a message in it (a syntax error).
        if (!result) findings.set(wanted, (result = checkModel(model, { lang: wanted })));
        return result;
      },
    };
  } catch {
    return null;
  }
}

function firstSyntaxError(submission: DockerfileSubmission): Check | null {
  if (submission.model.syntaxProblems.length === 0) return null;
  const finding = submission.findings().find((candidate) => candidate.rule === 'syntax-error');
  if (!finding) return null;
  const portuguese = submission.findings('pt-BR').find((candidate) => candidate.rule === 'syntax-error' && candidate.line === finding.line && candidate.column === finding.column);
  return {
    passed: false,
    message: {
      en: `Docker cannot build this Dockerfile yet (line ${finding.line}): ${finding.message}`,
      'pt-BR': `O Docker ainda não consegue fazer o build deste Dockerfile (linha ${finding.line}): ${portuguese?.message ?? finding.message}`,
    },
  };
}

function yamlSubmission(text: string): YamlSubmission {
  try {
    const streams = parseAllDocuments(text);
    const docs = Array.isArray(streams) ? streams : [streams];
    const broken = docs.find((doc) => doc.errors.length > 0);
    if (broken) {
      const error = broken.errors[0];
      const line = error.linePos?.[0]?.line;
      const where = line ? ` (line ${line})` : '';
      const onde = line ? ` (linha ${line})` : '';
      return { text, documents: [], error: { en: `The YAML does not parse${where}: ${error.message.split('\n')[0].replace(/:$/, '')}`, 'pt-BR': `O YAML não é válido${onde}: ${error.message.split('\n')[0].replace(/:$/, '')}` } };
    }
    return { text, documents: docs.map((doc) => doc.toJS()).filter((doc) => doc !== null && doc !== undefined), error: null };
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    return { text, documents: [], error: { en: `The YAML does not parse: ${reason}`, 'pt-BR': `O YAML não é válido: ${reason}` } };
  }
}

function safely(predicate: () => Check): Check {
  try {
    return predicate();
  } catch (error) {
    const reason = (error as Error)?.message ?? String(error);
    return { passed: false, message: { en: `This requirement could not be checked: ${reason}`, 'pt-BR': `Não foi possível verificar este requisito: ${reason}` } };
  }
}
