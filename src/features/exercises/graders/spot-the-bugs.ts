import type { Instruction, Stage } from '../../../checker/index.ts';
import {
  aptListsKept, aptAssumesYes, argValues, baseName, callsOf, callsOfRuns, copiedPaths, expand, finalStage, inheritedInstructions, isAptInstall, isOfficial, packageName, packagesOf, positionals, requirementsInstalls, rootStage, surelyRun, variableFor, type CommandCall, type RequirementsInstall,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, pass } from './check.ts';


const packageNames = (call: CommandCall) => packagesOf(call).map((word) => packageName(word.value));

/** A RUN where `yes |` answers the apt command it pipes into. */
function answeredByYes(instruction: Instruction): boolean {
  const commands = instruction.shell?.commands ?? [];
  return commands.some((command, index) => command.name === 'yes' && command.pipesInto && ['apt-get', 'apt'].includes(commands[index + 1]?.name ?? ''));
}

/** Node.js LTS code names (`node:krypton-slim`) follow one major version, like `node:24-slim`. */
const NODE_CODENAMES = /^(?:argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton)(?:-|$)/;

/** Debian 12 and later mark the system Python as externally managed: pip refuses to install into it (PEP 668). */
function externallyManaged(stage: Stage): boolean {
  return !/(?:^|-)(?:bullseye|buster|stretch|jessie)(?:-|$)/.test(rootStage(stage).baseImage.tag ?? '');
}

/** Whether pip may install where this call asks: a virtualenv, --break-system-packages, or a Python that is not externally managed. */
function pipMayInstall(stage: Stage, install: RequirementsInstall): boolean {
  if (!externallyManaged(stage) || argValues(install.call).includes('--break-system-packages')) return true;
  const setting = variableFor(install.call, 'PIP_BREAK_SYSTEM_PACKAGES');
  if (setting !== null && !/^(?:|0|false|no|off)$/i.test(setting)) return true;
  const earlier = surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.index <= install.instruction.index)));
  const venv = earlier.some((call) => call.name === 'virtualenv' || (/^python/.test(call.name) && argValues(call).includes('venv')));
  const unmarked = earlier.some((call) => call.name === 'rm' && argValues(call).some((arg) => arg.includes('EXTERNALLY-MANAGED')));
  return venv || unmarked;
}

/** The words Docker runs at start: the last ENTRYPOINT and, after an exec-form one, the last CMD. */
function startWords(stage: Stage): { words: string[]; exec: Instruction | null } {
  const instructions = inheritedInstructions(stage);
  const last = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== '').pop() ?? null;
  const entrypoint = last('ENTRYPOINT');
  const parts = [entrypoint, entrypoint && entrypoint.json === null ? null : last('CMD')].filter((instruction): instruction is Instruction => instruction !== null);
  return {
    words: parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction))),
    exec: parts[0]?.json ? parts[0] : null,
  };
}

/** `npm start`, `npm run start`, `node server.js`, or `server.js` given to the node image's entrypoint. */
function startsNodeApp(stage: Stage, words: string[]): boolean {
  const names = words.map(baseName);
  const npm = names.indexOf('npm');
  const rest = npm === -1 ? [] : positionals(words.slice(npm + 1));
  if (rest[0] === 'start' || (rest[0] === 'run' && rest[1] === 'start')) return true;
  const node = names.indexOf('node');
  if (node !== -1) return positionals(words.slice(node + 1)).some((word) => baseName(word) === 'server.js');
  const root = rootStage(stage);
  return npm === -1 && isOfficial(root.baseImage) && root.baseImage.repository === 'node' && baseName(words[0] ?? '') === 'server.js';
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  // valid-base-image names the syntax error itself, more precisely than the generic message.
  gradedDespiteSyntaxErrors: ['valid-base-image', 'exec-form-cmd', 'apt-assume-yes', 'apt-lists-removed', 'pip-requirements-path', 'keeps-the-app'],
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
      if (!isOfficial(stage.baseImage) || stage.baseImage.repository !== 'node') return fail(`The app is a Node.js app: keep a node base image (found "${stage.baseImage.raw}").`, `A aplicação é Node.js: mantenha uma imagem base node (encontrei "${stage.baseImage.raw}").`);
      const tag = stage.baseImage.tag;
      if (tag !== null && tag.includes('onbuild'))
        return fail(
          `"${stage.baseImage.raw}": the onbuild variants were deprecated and are no longer published; they also ran hidden ONBUILD steps. Use a plain version tag.`,
          `"${stage.baseImage.raw}": as variantes onbuild foram descontinuadas e não são mais publicadas, além de rodarem passos ONBUILD escondidos. Use uma tag de versão comum.`,
        );
      if (!stage.baseImage.digest && (!tag || !(/^v?\d/.test(tag) || NODE_CODENAMES.test(tag))))
        return fail(
          `"${stage.baseImage.raw || 'node'}" has no version${tag ? `: the tag "${tag}" moves whenever a new release comes out` : ''}. Pin one, e.g. node:24-trixie-slim.`,
          `"${stage.baseImage.raw || 'node'}" está sem versão${tag ? `: a tag "${tag}" muda a cada lançamento` : ''}. Fixe uma, por exemplo node:24-trixie-slim.`,
        );
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
      const { words, exec } = stage ? startWords(stage) : { words: [], exec: null };
      const program = words[0] ?? '';
      if (exec && /\s/.test(program.trim()))
        return fail(
          `"${exec.text.trim()}" runs a program named "${program}", space included, which does not exist: give each word its own string, e.g. ["npm", "start"].`,
          `"${exec.text.trim()}" roda um programa chamado "${program}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["npm", "start"].`,
        );
      const script = words[words.indexOf('-c') + 1] ?? '';
      if (exec && /^(?:sh|bash|dash|ash)$/.test(baseName(program)) && words.includes('-c') && !/^\s*exec\s/.test(script))
        return fail(
          `"${exec.text.trim()}" is the shell form again: ${program} becomes PID 1 and does not pass SIGTERM on to npm. Run the program itself in the JSON array (or start the script with exec).`,
          `"${exec.text.trim()}" é a forma shell de novo: o ${program} vira o PID 1 e não repassa o SIGTERM para o npm. Rode o próprio programa no array JSON (ou comece o script com exec).`,
        );
      return pass('The app starts in exec (JSON) form and receives signals.', 'A aplicação inicia na forma exec (JSON) e recebe os sinais.');
    },
    'apt-assume-yes'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        if (answeredByYes(instruction)) continue;
        const call = callsOf(instruction).find((candidate) => isAptInstall(candidate) && !aptAssumesYes(candidate));
        if (call)
          return fail(
            `"${call.name} install ${packageNames(call).join(' ')}" asks "Do you want to continue? [Y/n]", and a build has no terminal to answer it: apt reads end-of-file, prints "Abort." and the build fails. Add -y.`,
            `"${call.name} install ${packageNames(call).join(' ')}" pergunta "Do you want to continue? [Y/n]", e o build não tem terminal para responder: o apt recebe fim de arquivo (EOF), imprime "Abort." e o build falha. Adicione -y.`,
          );
      }
      return pass('Every apt install answers yes on its own.', 'Todo apt install responde sim sozinho.');
    },
    'apt-lists-removed'(submission) {
      const kept = aptListsKept(submission.model.instructions);
      if (!kept) return pass('The apt lists are removed in the layer that downloaded them.', 'As listas do apt são apagadas na mesma camada que as baixou.');
      if (kept.removedBeforeInstall)
        return fail(
          'The lists are removed before the install in the same RUN: apt then finds no package lists and stops with "Unable to locate package". Remove them at the end.',
          'As listas são apagadas antes do install no mesmo RUN: o apt fica sem listas de pacotes e para com "Unable to locate package". Apague no fim.',
        );
      const runs = submission.model.instructions.filter((instruction) => instruction.keyword === 'RUN');
      const wrongFolder = runs.flatMap(callsOf).find((call) => call.name === 'rm' && argValues(call).some((arg) => arg.startsWith('/var/cache/apt')));
      if (wrongFolder && !argValues(wrongFolder).some((arg) => arg.startsWith('/var/lib/apt/lists')))
        return fail(
          `"rm ${argValues(wrongFolder).join(' ')}" removes the wrong folder: apt keeps its package lists in /var/lib/apt/lists/, and they must go in the same RUN as the install.`,
          `"rm ${argValues(wrongFolder).join(' ')}" apaga a pasta errada: o apt guarda as listas de pacotes em /var/lib/apt/lists/, e elas precisam sair no mesmo RUN do install.`,
        );
      if (kept.removedInAnotherRun)
        return fail(
          'The lists are removed in another RUN: by then they are already saved in the install layer. Remove them in the same RUN, with &&.',
          'As listas são apagadas em outro RUN: a essa altura elas já ficaram gravadas na camada do install. Apague no mesmo RUN, com &&.',
        );
      return fail('The apt install leaves /var/lib/apt/lists/ in the image: add && rm -rf /var/lib/apt/lists/* to the same RUN.', 'O apt install deixa /var/lib/apt/lists/ na imagem: adicione && rm -rf /var/lib/apt/lists/* no mesmo RUN.');
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
      const refused = installs.find((install) => !pipMayInstall(stage, install));
      if (refused)
        return fail(
          `"${refused.instruction.text.trim()}" stops with "externally-managed-environment": Debian 12 and later (13 included) keep pip out of their system Python. Add --break-system-packages, or install into a virtualenv.`,
          `"${refused.instruction.text.trim()}" para com "externally-managed-environment": do Debian 12 em diante (o 13 incluído), o pip não pode mexer no Python do sistema. Adicione --break-system-packages ou instale num virtualenv.`,
        );
      return pass('pip reads requirements.txt where COPY put it, and may install there.', 'O pip lê o requirements.txt onde o COPY colocou, e pode instalar ali.');
    },
    'keeps-the-app'(submission) {
      const stage = finalStage(submission.model);
      if (!stage) return fail('There is no stage.', 'Não há nenhum estágio.');
      const calls = surelyRun(callsOfRuns(inheritedInstructions(stage)));
      const packages = calls.filter(isAptInstall).flatMap(packageNames);
      const venv = calls.some((call) => /^python/.test(call.name) && argValues(call).includes('venv'));
      if (!packages.includes('python3-pip') && !(venv && packages.some((name) => name === 'python3-venv' || name === 'python3-full' || /^python3\.\d+-venv$/.test(name))))
        return fail(
          `The image no longer installs pip with apt${packages.length > 0 ? ` (it installs ${packages.join(', ')})` : ''}: the node image has no pip, so "pip install" fails with "pip: not found". Keep python3 and python3-pip in the apt-get install.`,
          `A imagem não instala mais o pip com o apt${packages.length > 0 ? ` (ela instala ${packages.join(', ')})` : ''}: a imagem node não tem pip, então o "pip install" falha com "pip: not found". Mantenha python3 e python3-pip no apt-get install.`,
        );
      // What the start command means to run: exec-form-cmd judges how it is written.
      const words = startWords(stage).words.flatMap((word) => word.split(/\s+/)).filter((word) => word !== '');
      if (!startsNodeApp(stage, words))
        return fail(
          words.length === 0 ? 'Keep a CMD that starts the app (npm start).' : `"${words.join(' ')}" does not start the Node.js app: keep npm start.`,
          words.length === 0 ? 'Mantenha um CMD que inicie a aplicação (npm start).' : `"${words.join(' ')}" não inicia a aplicação Node.js: mantenha o npm start.`,
        );
      return pass('Same image: python3 and pip from apt, and the Node.js app as the start command.', 'A mesma imagem: python3 e pip vindos do apt, e a aplicação Node.js como comando de início.');
    },
  },
};

export default graders;
