import type { DockerfileModel, Instruction, Stage } from '../../../checker/index.ts';
import {
  argValues, baseName, callsOf, copiedPaths, copiesWholeContext, expand, finalStage, hasOption, imageLabel, inheritedInstructions, isOfficial, positionals, rootStage,
  surelyRun, variableFor, type CommandCall,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

const MANIFESTS = /^(?:package(?:\*|-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|\.npmrc|yarn\.lock|\.yarnrc(?:\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml)$/;

/** `npm ci`, `npm install`, `yarn install`, `pnpm install` (not `npm install <package>`). */
function isDependencyInstall(call: CommandCall): boolean {
  const words = positionals(argValues(call), ['--omit', '--only', '--workspace', '-w']);
  if (call.name === 'npm') return ['ci', 'install', 'i'].includes(words[0] ?? '') && (words[0] === 'ci' || words.length === 1);
  if (call.name === 'yarn') return words.length === 0 || (words[0] === 'install' && words.length === 1);
  if (call.name === 'pnpm') return ['install', 'i'].includes(words[0] ?? '') && words.length === 1;
  return false;
}

function omitsDev(call: CommandCall): boolean {
  // `--include=dev` and `--production=false` win over NODE_ENV=production and --omit.
  if (argValues(call).some((arg, i) => /^--(?:include=dev|production=false|dev)$/.test(arg) || (arg === '--include' && argValues(call)[i + 1] === 'dev'))) return false;
  const omit = argValues(call).findIndex((arg) => arg === '--omit' || arg === '--only');
  if (omit !== -1 && /^(?:dev|prod|production)$/.test(argValues(call)[omit + 1] ?? '')) return true;
  if (argValues(call).some((arg) => /^--(?:omit=dev|only=prod(?:uction)?|production(?:=true)?|prod)$/.test(arg))) return true;
  if (call.name === 'pnpm' && hasOption(argValues(call), { short: 'P', long: ['prod'] })) return true;
  return variableFor(call, 'NODE_ENV') === 'production' || variableFor(call, 'NPM_CONFIG_OMIT') === 'dev' || variableFor(call, 'npm_config_omit') === 'dev';
}

/** `npm prune --omit=dev`, `npm prune --production`, `yarn install --production` after a full install. */
function prunesDev(call: CommandCall): boolean {
  const words = positionals(argValues(call), ['--omit']);
  return call.name === 'npm' && words[0] === 'prune' && omitsDev(call);
}

/** The stage whose node_modules end up in the final image: the final stage itself, or the one it copies them from. */
function dependencyStage(model: DockerfileModel, final: Stage): { stage: Stage; installs: Instruction[] } | null {
  const installsIn = (stage: Stage) => inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'RUN' && surelyRun(callsOf(instruction)).some(isDependencyInstall));
  const own = installsIn(final);
  if (own.length > 0) return { stage: final, installs: own };
  for (const copy of copiedPaths(final)) {
    if (copy.from === null) continue;
    const source = copy.fromStage;
    if (source && installsIn(source).length > 0 && (copy.source.includes('node_modules') || copy.folder || !copy.source.includes('.'))) return { stage: source, installs: installsIn(source) };
  }
  return null;
}

function manifestName(source: string): string {
  return source.slice(source.lastIndexOf('/') + 1);
}

/** The words Docker runs at start: ENTRYPOINT and CMD (exec form as written, shell form as its words). */
function startWords(stage: Stage): { words: string[]; programs: string[] } | null {
  const instructions = inheritedInstructions(stage);
  const last = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== '').pop() ?? null;
  const entrypoint = last('ENTRYPOINT');
  const cmd = entrypoint && entrypoint.json === null ? null : last('CMD');
  const parts = [entrypoint, cmd].filter((instruction): instruction is Instruction => instruction !== null);
  if (parts.length === 0) return null;
  const words = parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction)));
  // What exec form starts: the first word of the first JSON array; shell form runs /bin/sh.
  const programs = parts.filter((instruction) => instruction.json !== null).map((instruction) => instruction.json![0] ?? '');
  return { words, programs: programs.slice(0, 1) };
}

/** `npm start`, `npm run start`, `yarn start`, `node server.js`, or `server.js` given to the node image's entrypoint. */
function startsServer(stage: Stage, words: string[]): boolean {
  const names = words.map(baseName);
  const runner = names.findIndex((name) => ['npm', 'yarn', 'pnpm'].includes(name));
  if (runner !== -1) {
    const rest = positionals(words.slice(runner + 1));
    if (rest[0] === 'start' || (rest[0] === 'run' && rest[1] === 'start') || (rest[0] === 'run-script' && rest[1] === 'start')) return true;
  }
  const node = names.indexOf('node');
  if (node !== -1 && positionals(words.slice(node + 1)).some((word) => baseName(word) === 'server.js')) return true;
  // The node image's docker-entrypoint.sh runs `node server.js` for `CMD ["server.js"]`.
  const root = rootStage(stage);
  return node === -1 && isOfficial(root.baseImage) && root.baseImage.repository === 'node' && baseName(words[0] ?? '') === 'server.js';
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'alpine-base': onFinalStage((final) => {
      const image = rootStage(final).baseImage;
      const name = !rootStage(final).scratch && isOfficial(image) ? image.repository : null;
      if ((name === 'node' && /(?:^|-)alpine/.test(image.tag ?? '')) || name === 'alpine')
        return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
      return fail(
        `The final stage is based on ${imageLabel(final)}, a full Debian with compilers (over 1 GB): use an Alpine variant such as node:24-alpine.`,
        `O estágio final usa ${imageLabel(final)}, um Debian completo com compiladores (mais de 1 GB): use uma variante Alpine como node:24-alpine.`,
      );
    }),
    'production-deps-only': onFinalStage((final, submission) => {
      const found = dependencyStage(submission.model, final);
      if (!found) return fail('The final image gets no node_modules: install the dependencies (npm ci) or copy them from a stage that does.', 'A imagem final não recebe node_modules: instale as dependências (npm ci) ou copie de um estágio que instale.');
      const calls = surelyRun(inheritedInstructions(found.stage).filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf));
      const installs = calls.filter(isDependencyInstall);
      const last = installs[installs.length - 1];
      const pruned = calls.slice(calls.indexOf(last) + 1).some(prunesDev);
      if (omitsDev(last) || pruned) return pass('Only production dependencies end up in the image.', 'Só as dependências de produção vão para a imagem.');
      return fail(
        `"${last.name} ${argValues(last).join(' ')}" also installs the devDependencies (test runners, bundlers, type checkers): add --omit=dev, or prune them before the final image.`,
        `"${last.name} ${argValues(last).join(' ')}" instala também as devDependencies (test runners, bundlers, checagem de tipos): adicione --omit=dev ou remova-as antes da imagem final.`,
      );
    }),
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
      const ci = found.installs.flatMap(callsOf).find((call) => call.name === 'npm' && positionals(argValues(call))[0] === 'ci');
      if (ci && !before.some((copy) => /^(?:package\*\.json|package-lock\.json|npm-shrinkwrap\.json)$/.test(manifestName(copy.source))))
        return fail(
          '"npm ci" installs exactly what package-lock.json says, and no lockfile is copied before it: it stops with "can only install with an existing package-lock.json". Copy package-lock.json too (COPY package*.json ./).',
          'O "npm ci" instala exatamente o que o package-lock.json diz, e nenhum lockfile é copiado antes dele: ele para com "can only install with an existing package-lock.json". Copie o package-lock.json também (COPY package*.json ./).',
        );
      return pass('The manifests are copied and installed before the sources: the dependency layer stays cached.', 'Os manifestos são copiados e instalados antes do código: a camada de dependências continua em cache.');
    },
    'starts-app': onFinalStage((final) => {
      const start = startWords(final);
      if (!start) return fail('Keep the CMD that starts the app.', 'Mantenha o CMD que inicia a aplicação.');
      const spaced = start.programs.find((program) => /\s/.test(program.trim()));
      if (spaced)
        return fail(
          `The exec form runs a program named "${spaced}", space included, which does not exist: give each word its own string, e.g. ["npm", "start"].`,
          `A forma exec roda um programa chamado "${spaced}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["npm", "start"].`,
        );
      if (!startsServer(final, start.words))
        return fail(
          `"${start.words.join(' ')}" does not start the app: its start script is "node server.js" (npm start).`,
          `"${start.words.join(' ')}" não inicia a aplicação: o script de início dela é "node server.js" (npm start).`,
        );
      const sources = copiedPaths(final).some((copy) => copiesWholeContext(copy) || copy.source.endsWith('server.js') || (copy.from !== null && copy.folder) || (copy.from !== null && !copy.source.includes('node_modules')));
      if (!sources) return fail('The final image has no application code: copy the sources (COPY . .) after installing.', 'A imagem final não tem o código da aplicação: copie o código (COPY . .) depois de instalar.');
      return pass('The app code is in the image and CMD starts it.', 'O código está na imagem e o CMD inicia a aplicação.');
    }),
  },
};

export default graders;
