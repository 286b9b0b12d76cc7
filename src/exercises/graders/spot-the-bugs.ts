import type { DockerfileGraders } from '../types.ts';
import {
  aptPackages, aptSubcommand, cacheMountCovers, callsOf, copiedPaths, fail, finalStage, hasOption, imageName, inheritedInstructions, pass, removesAptLists,
  requirementsInstalls, type Call,
} from './dockerfile-helpers.ts';

const isAptInstall = (call: Call) => aptSubcommand(call) === 'install';

/** `-y`, `--yes`, `--assume-yes`, or `-qq` / `-q=2` (which imply -y). */
function assumesYes(call: Call): boolean {
  return hasOption(call.args, 'y', ['yes', 'assume-yes']) || call.args.includes('-qq') || call.args.includes('-q=2') || call.args.includes('--quiet=2');
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  // valid-base-image names the syntax error itself, more precisely than the generic message.
  gradedDespiteSyntaxErrors: ['valid-base-image', 'exec-form-cmd', 'apt-assume-yes', 'apt-lists-removed', 'pip-requirements-path'],
  requirements: {
    'valid-base-image'(submission) {
      const stage = finalStage(submission.model);
      if (!stage) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const from = stage.from;
      const words = from.args.map((word) => word.value);
      if (words.length > 1 && words[1].toUpperCase() !== 'AS')
        return fail(
          `"FROM ${words.join(' ')}": the space splits the image reference, so Docker reads "${words[0]}" and a stray "${words[1]}". Write the reference as one word.`,
          `"FROM ${words.join(' ')}": o espaço quebra a referência da imagem, e o Docker lê "${words[0]}" e um "${words[1]}" solto. Escreva a referência numa palavra só.`,
        );
      const broken = submission.findings().find((finding) => finding.rule === 'syntax-error');
      if (broken) {
        const portuguese = submission.findings('pt-BR').find((finding) => finding.rule === 'syntax-error')?.message ?? broken.message;
        return fail(`Docker cannot build this yet (line ${broken.line}): ${broken.message}`, `O Docker ainda não consegue fazer este build (linha ${broken.line}): ${portuguese}`);
      }
      if (imageName(stage) !== 'node') return fail(`The app is a Node.js app: keep a node base image (found "${stage.baseImage.raw}").`, `A aplicação é Node.js: mantenha uma imagem base node (encontrei "${stage.baseImage.raw}").`);
      const tag = stage.baseImage.tag;
      if (tag !== null && tag.includes('onbuild'))
        return fail(
          `"${stage.baseImage.raw}": the onbuild variants were deprecated and are no longer published; they also ran hidden ONBUILD steps. Use a plain version tag.`,
          `"${stage.baseImage.raw}": as variantes onbuild foram descontinuadas e não são mais publicadas, além de rodarem passos ONBUILD escondidos. Use uma tag de versão comum.`,
        );
      if (!tag || tag === 'latest')
        if (!stage.baseImage.digest)
          return fail(`"${stage.baseImage.raw || 'node'}" has no version: pin one, e.g. node:22-bookworm-slim.`, `"${stage.baseImage.raw || 'node'}" está sem versão: fixe uma, por exemplo node:22-bookworm-slim.`);
      return pass(`"FROM ${stage.baseImage.raw}" is a valid, pinned node image.`, `"FROM ${stage.baseImage.raw}" é uma imagem node válida e com versão fixa.`);
    },
    'exec-form-cmd'(submission) {
      const stage = finalStage(submission.model);
      const starts = stage ? inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'CMD' || instruction.keyword === 'ENTRYPOINT') : [];
      if (starts.length === 0) return fail('Keep a CMD that starts the app.', 'Mantenha um CMD que inicie a aplicação.');
      const shellForm = starts.find((instruction) => instruction.json === null);
      if (shellForm)
        return fail(
          `"${shellForm.text.trim()}" is in shell form: /bin/sh becomes PID 1 and does not pass SIGTERM on to npm. Use the JSON form.`,
          `"${shellForm.text.trim()}" está na forma shell: o /bin/sh vira o PID 1 e não repassa o SIGTERM para o npm. Use a forma JSON.`,
        );
      return pass('The app starts in exec (JSON) form and receives signals.', 'A aplicação inicia na forma exec (JSON) e recebe os sinais.');
    },
    'apt-assume-yes'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const call = callsOf(instruction).find((candidate) => isAptInstall(candidate) && !assumesYes(candidate));
        if (call)
          return fail(
            `"${call.name} install ${aptPackages(call).join(' ')}" asks "Do you want to continue? [Y/n]" and the build has no one to answer: add -y.`,
            `"${call.name} install ${aptPackages(call).join(' ')}" pergunta "Do you want to continue? [Y/n]" e no build não tem ninguém para responder: adicione -y.`,
          );
      }
      return pass('Every apt install answers yes on its own.', 'Todo apt install responde sim sozinho.');
    },
    'apt-lists-removed'(submission) {
      const runs = submission.model.instructions.filter((instruction) => instruction.keyword === 'RUN');
      for (const instruction of runs) {
        if (!callsOf(instruction).some(isAptInstall)) continue;
        if (callsOf(instruction).some(removesAptLists) || cacheMountCovers(instruction, '/var/lib/apt/lists')) continue;
        const wrongFolder = runs.flatMap(callsOf).find((call) => call.name === 'rm' && call.args.some((arg) => arg.startsWith('/var/cache/apt')));
        if (wrongFolder && !wrongFolder.args.some((arg) => arg.startsWith('/var/lib/apt/lists')))
          return fail(
            `"rm ${wrongFolder.args.join(' ')}" removes the wrong folder: apt keeps its package lists in /var/lib/apt/lists/, and they must go in the same RUN as the install.`,
            `"rm ${wrongFolder.args.join(' ')}" apaga a pasta errada: o apt guarda as listas de pacotes em /var/lib/apt/lists/, e elas precisam sair no mesmo RUN do install.`,
          );
        if (runs.flatMap(callsOf).some(removesAptLists))
          return fail(
            'The lists are removed in another RUN: by then they are already saved in the install layer. Remove them in the same RUN, with &&.',
            'As listas são apagadas em outro RUN: a essa altura elas já ficaram gravadas na camada do install. Apague no mesmo RUN, com &&.',
          );
        return fail('The apt install leaves /var/lib/apt/lists/ in the image: add && rm -rf /var/lib/apt/lists/* to the same RUN.', 'O apt install deixa /var/lib/apt/lists/ na imagem: adicione && rm -rf /var/lib/apt/lists/* no mesmo RUN.');
      }
      return pass('The apt lists are removed in the layer that downloaded them.', 'As listas do apt são apagadas na mesma camada que as baixou.');
    },
    'pip-requirements-path'(submission) {
      const stage = finalStage(submission.model);
      if (!stage) return fail('There is no stage.', 'Não há nenhum estágio.');
      const installs = requirementsInstalls(stage);
      if (installs.length === 0) return fail('Keep installing the Python dependencies with pip install -r.', 'Continue instalando as dependências Python com pip install -r.');
      const missing = installs.find((install) => !install.copy);
      if (missing) {
        const landed = copiedPaths(stage).find((copy) => copy.instruction.index < missing.instruction.index && copy.source.endsWith('requirements.txt'));
        const where = landed ? ` ${landed.instruction.text.trim()} put it in ${landed.target}.` : '';
        const onde = landed ? ` O ${landed.instruction.text.trim()} colocou o arquivo em ${landed.target}.` : '';
        return fail(
          `"pip install -r ${missing.file}" reads ${missing.path}, and no COPY put a file there before this RUN.${where}`,
          `"pip install -r ${missing.file}" lê ${missing.path}, e nenhum COPY colocou um arquivo ali antes deste RUN.${onde}`,
        );
      }
      return pass('pip reads requirements.txt where COPY put it.', 'O pip lê o requirements.txt onde o COPY colocou.');
    },
  },
};

export default graders;
