import type { DockerfileGraders } from '../types.ts';
import {
  cacheMountCovers, callsOf, copiedPaths, copiesWholeContext, fail, finalStage, inheritedInstructions, pass, pipInstallArgs, requirementsInstalls, startInstruction,
  variableFor,
} from './dockerfile-helpers.ts';

/** Dependency manifests: copying these alone keeps the install layer cached while the code changes. */
const MANIFEST = /(?:^|\/)(?:requirements[\w.-]*\.txt|constraints[\w.-]*\.txt)$/;

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'manifest-first'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const installs = requirementsInstalls(final);
      if (installs.length === 0) return fail('Keep installing the dependencies with pip install -r requirements.txt.', 'Continue instalando as dependências com pip install -r requirements.txt.');
      for (const install of installs) {
        if (!install.copy)
          return fail(`"pip install -r ${install.file}" reads ${install.path}, and no COPY put it there before this RUN.`, `"pip install -r ${install.file}" lê ${install.path}, e nenhum COPY colocou o arquivo ali antes deste RUN.`);
        if (!MANIFEST.test(install.copy.source))
          return fail(
            `requirements.txt arrives with "${install.copy.instruction.text.trim()}", together with all the code: copy requirements.txt on its own first.`,
            `O requirements.txt chega com "${install.copy.instruction.text.trim()}", junto com todo o código: copie o requirements.txt sozinho antes.`,
          );
      }
      return pass('requirements.txt is copied on its own and installed from there.', 'O requirements.txt é copiado sozinho e instalado a partir dali.');
    },
    'sources-after-install'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const installs = requirementsInstalls(final);
      const lastInstall = installs[installs.length - 1]?.instruction;
      const sources = copiedPaths(final).filter((copy) => copy.from === null && !MANIFEST.test(copy.source));
      if (sources.length === 0) return fail('The image has no application code: copy it (COPY . .) after installing.', 'A imagem não tem o código da aplicação: copie (COPY . .) depois de instalar.');
      if (!lastInstall) return fail('No pip install -r step to order the sources after.', 'Não há um pip install -r para colocar o código depois.');
      const early = sources.find((copy) => copy.instruction.index < lastInstall.index);
      if (early)
        return fail(
          `"${early.instruction.text.trim()}" comes before "pip install": every code change invalidates the cache and reinstalls all dependencies.`,
          `"${early.instruction.text.trim()}" vem antes do "pip install": toda mudança no código invalida o cache e reinstala todas as dependências.`,
        );
      if (!sources.some(copiesWholeContext) && !sources.some((copy) => copy.source.endsWith('app.py')))
        return fail('app.py is not copied into the image.', 'O app.py não é copiado para a imagem.');
      return pass('The code is copied after the dependencies are installed.', 'O código é copiado depois de instalar as dependências.');
    },
    'pip-no-cache'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      for (const instruction of inheritedInstructions(final)) {
        if (instruction.keyword !== 'RUN' || cacheMountCovers(instruction, '/root/.cache/pip')) continue;
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
    },
    'starts-app'(submission) {
      const final = finalStage(submission.model);
      const start = final ? startInstruction(final) : null;
      if (!start) return fail('Keep the CMD that starts the app.', 'Mantenha o CMD que inicia a aplicação.');
      return pass('CMD still starts the app.', 'O CMD continua iniciando a aplicação.');
    },
  },
};

export default graders;
