import type { DockerfileModel, Instruction, Stage } from '../../checker/index.ts';
import type { DockerfileGraders } from '../types.ts';
import {
  callsOf, copiedPaths, copiesWholeContext, fail, finalStage, hasOption, imageLabel, imageName, inheritedInstructions, pass, positionals, rootStage, stageNamed,
  startInstruction, variableFor, type Call,
} from './dockerfile-helpers.ts';

const MANIFESTS = /^(?:package(?:\*|-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|\.npmrc|yarn\.lock|\.yarnrc(?:\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml)$/;

/** `npm ci`, `npm install`, `yarn install`, `pnpm install` (not `npm install <package>`). */
function isDependencyInstall(call: Call): boolean {
  const words = positionals(call.args, ['--omit', '--only', '--workspace', '-w']);
  if (call.name === 'npm') return ['ci', 'install', 'i'].includes(words[0] ?? '') && (words[0] === 'ci' || words.length === 1);
  if (call.name === 'yarn') return words.length === 0 || (words[0] === 'install' && words.length === 1);
  if (call.name === 'pnpm') return ['install', 'i'].includes(words[0] ?? '') && words.length === 1;
  return false;
}

function omitsDev(call: Call): boolean {
  const omit = call.args.findIndex((arg) => arg === '--omit' || arg === '--only');
  if (omit !== -1 && /^(?:dev|prod|production)$/.test(call.args[omit + 1] ?? '')) return true;
  if (call.args.some((arg) => /^--(?:omit=dev|only=prod(?:uction)?|production(?:=true)?|prod)$/.test(arg))) return true;
  if (call.name === 'pnpm' && hasOption(call.args, 'P', ['prod'])) return true;
  return variableFor(call, 'NODE_ENV') === 'production' || variableFor(call, 'NPM_CONFIG_OMIT') === 'dev' || variableFor(call, 'npm_config_omit') === 'dev';
}

/** `npm prune --omit=dev`, `npm prune --production`, `yarn install --production` after a full install. */
function prunesDev(call: Call): boolean {
  const words = positionals(call.args, ['--omit']);
  return call.name === 'npm' && words[0] === 'prune' && omitsDev(call);
}

/** The stage whose node_modules end up in the final image: the final stage itself, or the one it copies them from. */
function dependencyStage(model: DockerfileModel, final: Stage): { stage: Stage; installs: Instruction[] } | null {
  const installsIn = (stage: Stage) => inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'RUN' && callsOf(instruction).some(isDependencyInstall));
  const own = installsIn(final);
  if (own.length > 0) return { stage: final, installs: own };
  for (const copy of copiedPaths(final)) {
    if (copy.from === null) continue;
    const source = stageNamed(model, copy.from, final);
    if (source && installsIn(source).length > 0 && (copy.source.includes('node_modules') || copy.folder || !copy.source.includes('.'))) return { stage: source, installs: installsIn(source) };
  }
  return null;
}

function manifestName(source: string): string {
  return source.slice(source.lastIndexOf('/') + 1);
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'alpine-base'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const name = imageName(final);
      const tag = rootStage(final).baseImage.tag ?? '';
      if ((name === 'node' && /(?:^|-)alpine/.test(tag)) || name === 'alpine')
        return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
      return fail(
        `The final stage is based on ${imageLabel(final)}, a full Debian with compilers (over 1 GB): use an Alpine variant such as node:22-alpine.`,
        `O estágio final usa ${imageLabel(final)}, um Debian completo com compiladores (mais de 1 GB): use uma variante Alpine como node:22-alpine.`,
      );
    },
    'production-deps-only'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const found = dependencyStage(submission.model, final);
      if (!found) return fail('The final image gets no node_modules: install the dependencies (npm ci) or copy them from a stage that does.', 'A imagem final não recebe node_modules: instale as dependências (npm ci) ou copie de um estágio que instale.');
      const calls = inheritedInstructions(found.stage).filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf);
      const installs = calls.filter(isDependencyInstall);
      const last = installs[installs.length - 1];
      const pruned = calls.slice(calls.indexOf(last) + 1).some(prunesDev);
      if (omitsDev(last) || pruned) return pass('Only production dependencies end up in the image.', 'Só as dependências de produção vão para a imagem.');
      return fail(
        `"${last.name} ${last.args.join(' ')}" also installs the devDependencies (test runners, bundlers, type checkers): add --omit=dev, or prune them before the final image.`,
        `"${last.name} ${last.args.join(' ')}" instala também as devDependencies (test runners, bundlers, checagem de tipos): adicione --omit=dev ou remova-as antes da imagem final.`,
      );
    },
    'manifests-first'(submission) {
      const { model } = submission;
      const final = finalStage(model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const found = dependencyStage(model, final);
      if (!found) return fail('No stage installs the dependencies.', 'Nenhum estágio instala as dependências.');
      const firstInstall = found.installs[0];
      const before = copiedPaths(found.stage).filter((copy) => copy.from === null && copy.instruction.index < firstInstall.index);
      const whole = before.find((copy) => copiesWholeContext(copy) || !MANIFESTS.test(manifestName(copy.source)));
      if (whole)
        return fail(
          `"${whole.instruction.text.trim()}" comes before the install, so any source change invalidates the cache and reinstalls every dependency: copy package*.json first.`,
          `"${whole.instruction.text.trim()}" vem antes do install, então qualquer mudança no código invalida o cache e reinstala todas as dependências: copie o package*.json antes.`,
        );
      if (!before.some((copy) => /^package(?:\*|-lock)?\.json$/.test(manifestName(copy.source))))
        return fail('Copy package.json and package-lock.json before installing: npm needs them.', 'Copie o package.json e o package-lock.json antes de instalar: o npm precisa deles.');
      return pass('The manifests are copied and installed before the sources: the dependency layer stays cached.', 'Os manifestos são copiados e instalados antes do código: a camada de dependências continua em cache.');
    },
    'starts-app'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      if (!startInstruction(final)) return fail('Keep the CMD that starts the app.', 'Mantenha o CMD que inicia a aplicação.');
      const sources = copiedPaths(final).some((copy) => copiesWholeContext(copy) || copy.source.endsWith('server.js') || (copy.from !== null && copy.folder) || (copy.from !== null && !copy.source.includes('node_modules')));
      if (!sources) return fail('The final image has no application code: copy the sources (COPY . .) after installing.', 'A imagem final não tem o código da aplicação: copie o código (COPY . .) depois de instalar.');
      return pass('The app code is in the image and CMD starts it.', 'O código está na imagem e o CMD inicia a aplicação.');
    },
  },
};

export default graders;
