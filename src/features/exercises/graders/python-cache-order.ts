import type { DockerfileModel, Instruction, Stage } from '../../../checker/index.ts';
import type { Check, DockerfileGraders } from '../types.ts';
import {
  argValues, callsOf, callsOfRuns, copiedPaths, copiesWholeContext, expand, finalStage, inheritedInstructions, mountsOver, pipInstallArgs, pipRequirementFiles,
  requirementsInstalls, resolvePath, startInstruction, surelyRun, variableFor, workdirOfCall, type CopiedPath, type RequirementsInstall,
} from '../../../checker/query/index.ts';
import { fail, onFinalStage, pass } from './check.ts';

/** Dependency manifests (`requirements*.txt` included): copying these alone keeps the install layer cached while the code changes. */
const MANIFEST = /(?:^|\/)(?:requirements[\w.*?-]*\.txt|constraints[\w.*?-]*\.txt)$/;

const dirname = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';

/** `COPY requirements*.txt ./`: a wildcard source whose matches land in the destination folder. */
function wildcardCopy(stage: Stage, install: RequirementsInstall): CopiedPath | null {
  const name = install.path.slice(install.path.lastIndexOf('/') + 1);
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`).test(name);
  return (
    copiedPaths(stage)
      .filter((copy) => copy.instruction.index < install.instruction.index && copy.from === null && /[*?]/.test(copy.source))
      .filter((copy) => dirname(copy.target) === dirname(install.path) && matches(copy.source.slice(copy.source.lastIndexOf('/') + 1)))
      .pop() ?? null
  );
}

/** `pip wheel -r FILE` / `pip download -r FILE` in a first stage: they read the manifest as an install does. */
function requirementsReads(stage: Stage): RequirementsInstall[] {
  const copies = copiedPaths(stage);
  return surelyRun(callsOfRuns(inheritedInstructions(stage))).flatMap((call) => {
    const args = argValues(call);
    const pip = /^pip(?:\d+(?:\.\d+)?)?$/.test(call.name) ? args : /^python/.test(call.name) && args[args.indexOf('-m') + 1] === 'pip' ? args.slice(args.indexOf('-m') + 2) : null;
    const sub = pip?.find((arg) => !arg.startsWith('-'));
    if (!pip || (sub !== 'wheel' && sub !== 'download')) return [];
    return pipRequirementFiles(pip).map((file) => {
      const path = resolvePath(workdirOfCall(stage, call), expand(file, call.instruction));
      const copy = copies.filter((candidate) => candidate.instruction.index < call.instruction.index && (candidate.target === path || (candidate.folder && path.startsWith(`${candidate.target}/`)))).pop() ?? null;
      return { instruction: call.instruction, call, file, path, copy };
    });
  });
}

interface Dependencies {
  /** The stage whose `pip install -r` provides the dependencies: the final stage, or one it copies them from (a venv). */
  stage: Stage;
  installs: RequirementsInstall[];
  /** The instruction of the final stage after which the dependencies are in place. */
  ready: Instruction;
}

function dependencies(model: DockerfileModel, final: Stage): Dependencies | null {
  const withCopies = (stage: Stage, installs: RequirementsInstall[]) => installs.map((install) => (install.copy ? install : { ...install, copy: wildcardCopy(stage, install) }));
  const own = withCopies(final, requirementsInstalls(final));
  if (own.length > 0) return { stage: final, installs: own, ready: own[own.length - 1].instruction };
  for (const copy of copiedPaths(final)) {
    const source = copy.fromStage;
    const installs = source ? withCopies(source, [...requirementsInstalls(source), ...requirementsReads(source)]) : [];
    if (!source || installs.length === 0) continue;
    // Wheels are installed by a pip install after the COPY --from: the dependencies are in place after it.
    const later = surelyRun(callsOfRuns(inheritedInstructions(final))).filter((call) => call.instruction.index > copy.instruction.index && pipInstallArgs(call) !== null).pop();
    return { stage: source, installs, ready: later?.instruction ?? copy.instruction };
  }
  return null;
}

/** Copies of the build context that are not dependency manifests: the application code. */
function sourceCopies(stage: Stage): CopiedPath[] {
  return copiedPaths(stage).filter((copy) => copy.from === null && !MANIFEST.test(copy.source));
}

function withFinal(model: DockerfileModel, check: (final: Stage, found: Dependencies | null) => Check): Check {
  const final = finalStage(model);
  if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
  return check(final, dependencies(model, final));
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'manifest-first': (submission) =>
      withFinal(submission.model, (final, found) => {
        if (!found) return fail('Keep installing the dependencies with pip install -r requirements.txt.', 'Continue instalando as dependências com pip install -r requirements.txt.');
        for (const install of found.installs) {
          if (!install.copy)
            return fail(`"pip install -r ${install.file}" reads ${install.path}, and no COPY put it there before this RUN.`, `"pip install -r ${install.file}" lê ${install.path}, e nenhum COPY colocou o arquivo ali antes deste RUN.`);
          const company = copiedPaths(found.stage).find((copy) => copy.instruction === install.copy!.instruction && !MANIFEST.test(copy.source));
          if (!MANIFEST.test(install.copy.source) || company)
            return fail(
              `requirements.txt arrives with "${install.copy.instruction.text.trim()}", together with ${company && MANIFEST.test(install.copy.source) ? company.source : 'all the code'}: copy requirements.txt on its own first.`,
              `O requirements.txt chega com "${install.copy.instruction.text.trim()}", junto com ${company && MANIFEST.test(install.copy.source) ? company.source : 'todo o código'}: copie o requirements.txt sozinho antes.`,
            );
        }
        return pass('requirements.txt is copied on its own and installed from there.', 'O requirements.txt é copiado sozinho e instalado a partir dali.');
      }),
    'sources-after-install': (submission) =>
      withFinal(submission.model, (final, found) => {
        const sources = sourceCopies(final);
        if (sources.length === 0) return fail('The image has no application code: copy it (COPY . .) after installing.', 'A imagem não tem o código da aplicação: copie (COPY . .) depois de instalar.');
        if (!found) return fail('No pip install -r step to order the sources after.', 'Não há um pip install -r para colocar o código depois.');
        const lastInstall = found.installs[found.installs.length - 1].instruction;
        // Code copied before the install, in the stage that installs or in the final stage before the dependencies arrive.
        const early = [...(found.stage === final ? [] : sourceCopies(found.stage).filter((copy) => copy.instruction.index < lastInstall.index)), ...sources.filter((copy) => copy.instruction.index < found.ready.index)][0];
        if (early)
          return fail(
            `"${early.instruction.text.trim()}" comes before "pip install": every code change invalidates the cache and reinstalls all dependencies.`,
            `"${early.instruction.text.trim()}" vem antes do "pip install": toda mudança no código invalida o cache e reinstala todas as dependências.`,
          );
        if (!sources.some(copiesWholeContext) && !sources.some((copy) => copy.source.endsWith('app.py') || copy.contentsTarget !== null || copy.folder))
          return fail('app.py is not copied into the image.', 'O app.py não é copiado para a imagem.');
        return pass('The code is copied after the dependencies are installed.', 'O código é copiado depois de instalar as dependências.');
      }),
    'pip-no-cache': onFinalStage((final) => {
      for (const instruction of inheritedInstructions(final)) {
        if (instruction.keyword !== 'RUN' || mountsOver(instruction, ['/root/.cache/pip'])) continue;
        for (const call of callsOf(instruction)) {
          const args = pipInstallArgs(call);
          if (!args || args.includes('--no-cache-dir') || (variableFor(call, 'PIP_NO_CACHE_DIR') ?? '') !== '') continue;
          return fail(
            `"${instruction.text.trim()}" keeps pip's download cache (/root/.cache/pip) in the layer: add --no-cache-dir.`,
            `"${instruction.text.trim()}" deixa o cache de downloads do pip (/root/.cache/pip) na camada: adicione --no-cache-dir.`,
          );
        }
      }
      return pass("pip's cache stays out of the image.", 'O cache do pip fica fora da imagem.');
    }),
    'starts-app'(submission) {
      const final = finalStage(submission.model);
      const start = final ? startInstruction(final) : null;
      if (!start) return fail('Keep the CMD that starts the app.', 'Mantenha o CMD que inicia a aplicação.');
      const program = start.json?.[0] ?? '';
      if (/\s/.test(program.trim()))
        return fail(
          `The exec form runs a program named "${program}", spaces included, which does not exist: give each word its own string, e.g. ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"].`,
          `A forma exec roda um programa chamado "${program}", com espaços e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"].`,
        );
      return pass('CMD still starts the app.', 'O CMD continua iniciando a aplicação.');
    },
  },
};

export default graders;
