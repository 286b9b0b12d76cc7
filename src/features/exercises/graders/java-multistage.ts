import type { Instruction, Stage } from '../../../checker/index.ts';
import {
  argValues, baseName, baseRunsAsNonRoot, callsOfRuns, copiedPaths, expand, inheritedInstructions, isRootUser, lastUser, positionals, rootStage, stageChain, surelyRun,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

/** Commands that build Java code: only a stage with a JDK can run them. */
const BUILD_TOOLS = new Set(['mvn', 'mvnw', 'gradle', 'gradlew', 'javac']);
const BUILD_TOOL_IMAGES = new Set(['maven', 'gradle']);
/** Environment variables the JVM or the java launcher read options from (JAVA_OPTS is only a convention of scripts). */
const OPTION_VARIABLES = ['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS'];
const INITS = new Set(['tini', 'dumb-init']);
/** Accounts every image with a passwd file has, and distroless' own. */
const BUILT_IN_USERS = new Set(['nobody']);

function reference(stage: Stage): string {
  const image = rootStage(stage).baseImage;
  return `${image.registry ? `${image.registry}/` : ''}${image.repository}${image.tag ? `:${image.tag}` : ''}`;
}

/** Distroless Java images (`gcr.io/distroless/java21-debian13`), whose entrypoint is `java -jar`. */
function distrolessJava(stage: Stage): boolean {
  const root = rootStage(stage);
  return root.distroless && /(?:^|\/)java/.test(root.baseImage.repository);
}

/** Build tools a stage chain runs in its own RUN instructions (`./mvnw` counts as mvnw). */
function buildToolsRun(stage: Stage): string[] {
  return surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'RUN')))
    .map((call) => baseName(call.name))
    .filter((name) => BUILD_TOOLS.has(name));
}

function last(stage: Stage, keyword: string): Instruction | null {
  return inheritedInstructions(stage).filter((instruction) => instruction.keyword === keyword).pop() ?? null;
}

/** The exec-form words after an init such as tini and its options. */
function withoutInit(words: string[]): string[] {
  if (!INITS.has(baseName(words[0] ?? ''))) return words;
  let k = 1;
  while (k < words.length && words[k].startsWith('-')) k++;
  return words.slice(k);
}

/** JVM options given to the running image: on the exec-form java command line and in the variables java reads. */
function jvmOptions(stage: Stage): { options: string[]; javaOpts: string[] } {
  const options: string[] = [];
  const javaOpts: string[] = [];
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'ENV') continue;
    for (const pair of instruction.pairs) {
      const words = expand(pair.value, instruction).split(/\s+/).filter(Boolean);
      if (OPTION_VARIABLES.includes(pair.key)) options.push(...words);
      else if (pair.key === 'JAVA_OPTS') javaOpts.push(...words);
    }
  }
  const start = last(stage, 'ENTRYPOINT') ?? last(stage, 'CMD');
  // A shell-form start is graded by exec-start; its java words still say how the heap is sized.
  const written = start?.json ?? start?.shell?.commands.find((command) => command.name === 'java')?.words.map((word) => word.value) ?? null;
  if (start && written) {
    const words = withoutInit(written.map((word) => expand(word, start)));
    if (baseName(words[0] ?? '') === 'java') {
      const rest = words.slice(1);
      // Options end at -jar, the class path or the main class; what follows belongs to the application.
      const end = rest.findIndex((word) => word === '-jar' || word === '-cp' || word === '-classpath' || !word.startsWith('-'));
      options.push(...(end === -1 ? rest : rest.slice(0, end)));
    }
  }
  return { options, javaOpts };
}

/** Names of the accounts RUN instructions of a stage chain create with useradd / adduser. */
function createdUsers(stage: Stage): Set<string> {
  const users = new Set<string>();
  for (const call of surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.keyword === 'RUN')))) {
    if (call.name !== 'useradd' && call.name !== 'adduser') continue;
    const names = positionals(argValues(call), ['-u', '--uid', '-g', '--gid', '-G', '--groups', '-d', '--home', '--home-dir', '-s', '--shell', '-c', '--comment', '-h', '--gecos', '--ingroup', '-k', '-K']);
    if (names.length === 1) users.add(names[0]);
  }
  return users;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'build-stage': onFinalStage((final, submission) => {
      if (submission.model.stages.length < 2) return fail('There is only one stage: the JDK and Maven that build the jar ship with it.', 'Só há um estágio: o JDK e o Maven que compilam o jar vão junto com ele.');
      const own = new Set(stageChain(final));
      const tools = buildToolsRun(final);
      if (tools.length > 0)
        return fail(
          `The final image still runs ${tools[0]}${own.size > 1 ? ' (it is built FROM the build stage, so it inherits it)' : ''}: build in an earlier stage and start the final one FROM a runtime image.`,
          `A imagem final ainda roda ${tools[0]}${own.size > 1 ? ' (ela parte do estágio de build, então herda isso)' : ''}: compile num estágio anterior e comece o final com FROM numa imagem de runtime.`,
        );
      const copies = copiedPaths(final).filter((copy) => copy.fromStage !== null && !own.has(copy.fromStage));
      if (copies.length === 0)
        return fail('The final stage copies nothing from a build stage (COPY --from=build …).', 'O estágio final não copia nada de um estágio de build (COPY --from=build …).');
      if (!copies.some((copy) => buildToolsRun(copy.fromStage!).length > 0))
        return fail('The stage the final image copies from never runs Maven or Gradle, so there is no jar to copy.', 'O estágio de onde a imagem final copia nunca roda o Maven nem o Gradle, então não há jar para copiar.');
      return pass('A JDK stage builds the jar and the final stage copies it with COPY --from.', 'Um estágio com JDK compila o jar e o estágio final copia o jar com COPY --from.');
    }),
    'runtime-image': onFinalStage((final) => {
      const root = rootStage(final);
      const name = reference(final);
      if (root.scratch) return fail('The final stage is FROM scratch: there is no Java runtime to run the jar.', 'O estágio final é FROM scratch: não há runtime Java para rodar o jar.');
      if (distrolessJava(final)) return pass(`${name} is a distroless Java runtime.`, `${name} é um runtime Java distroless.`);
      if (BUILD_TOOL_IMAGES.has(root.baseImage.repository))
        return fail(`The final image is built on ${name}, a build-tool image: Maven or Gradle and a whole JDK ship to production.`, `A imagem final usa ${name}, uma imagem de ferramenta de build: o Maven ou o Gradle e um JDK inteiro vão para produção.`);
      if (/jre/i.test(name)) return pass(`${name} is a Java runtime (JRE) image.`, `${name} é uma imagem de runtime Java (JRE).`);
      return fail(
        `${name} is not a Java runtime image: ${/jdk|temurin|openjdk|corretto|semeru/i.test(name) ? 'it is a JDK, so javac, jshell and the rest of the toolchain ship for nothing' : 'pick a JRE tag (eclipse-temurin:21-jre) or a distroless Java image'}.`,
        `${name} não é uma imagem de runtime Java: ${/jdk|temurin|openjdk|corretto|semeru/i.test(name) ? 'é um JDK, então o javac, o jshell e o resto das ferramentas vão junto à toa' : 'escolha uma tag JRE (eclipse-temurin:21-jre) ou uma imagem distroless Java'}.`,
      );
    }),
    'non-root': onFinalStage((final) => {
      const user = lastUser(final);
      if (!user) {
        if (baseRunsAsNonRoot(final)) return pass(`${reference(final)} already runs as a non-root user.`, `${reference(final)} já roda com um usuário que não é root.`);
        return fail('The image never sets USER, so the JVM runs as root (uid 0, the same uid 0 as on the host).', 'A imagem nunca define USER, então a JVM roda como root (uid 0, o mesmo uid 0 do host).');
      }
      if (isRootUser(user.user)) return fail(`"USER ${user.user}" is root.`, `"USER ${user.user}" é root.`);
      const name = user.user.split(':')[0].trim();
      const known = /^\d+$/.test(name) || BUILT_IN_USERS.has(name) || (rootStage(final).distroless && name === 'nonroot') || createdUsers(final).has(name);
      if (!known)
        return fail(
          `The user "${name}" does not exist in the final image (create it with useradd before USER, or use a numeric uid): the container would fail to start with "unable to find user ${name}".`,
          `O usuário "${name}" não existe na imagem final (crie com useradd antes do USER, ou use um uid numérico): o container não subiria, com "unable to find user ${name}".`,
        );
      return pass(`The JVM runs as ${user.user}, not root.`, `A JVM roda como ${user.user}, e não como root.`);
    }),
    'heap-percentage': onFinalStage((final) => {
      const { options, javaOpts } = jvmOptions(final);
      const fixed = options.find((option) => /^-Xmx\d/.test(option) || /^-XX:MaxHeapSize=/.test(option));
      if (fixed)
        return fail(
          `${fixed} fixes the heap whatever the container limit is: a limit below it gets the process OOM-killed. Use -XX:MaxRAMPercentage instead.`,
          `${fixed} fixa o heap seja qual for o limite do container: um limite abaixo disso faz o processo ser morto pelo OOM killer. Use -XX:MaxRAMPercentage no lugar.`,
        );
      if (options.includes('-XX:-UseContainerSupport'))
        return fail('-XX:-UseContainerSupport turns off container detection: the JVM would size itself from the host\'s memory.', '-XX:-UseContainerSupport desliga a detecção de container: a JVM se dimensionaria pela memória do host.');
      const setting = options.map((option) => /^-XX:MaxRAMPercentage=(\d+(?:\.\d+)?)$/.exec(option)).filter((match) => match !== null).pop();
      if (!setting) {
        if (javaOpts.some((option) => option.startsWith('-XX:MaxRAMPercentage')))
          return fail('JAVA_OPTS is read by start scripts, not by java: nothing passes it to the JVM here. Use JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS, or put the flag on the java command line.', 'O JAVA_OPTS é lido por scripts de inicialização, não pelo java: nada passa esse valor para a JVM aqui. Use JAVA_TOOL_OPTIONS ou JDK_JAVA_OPTIONS, ou coloque a flag na linha de comando do java.');
        return fail('The heap keeps the default, 25% of the container limit: set -XX:MaxRAMPercentage (75 is a common start).', 'O heap fica no padrão, 25% do limite do container: defina -XX:MaxRAMPercentage (75 é um começo comum).');
      }
      const percentage = Number(setting[1]);
      if (percentage <= 25) return fail(`MaxRAMPercentage=${setting[1]} is no more than the default 25: most of the limit stays unused.`, `MaxRAMPercentage=${setting[1]} não passa do padrão 25: a maior parte do limite fica sem uso.`);
      if (percentage > 90)
        return fail(`MaxRAMPercentage=${setting[1]} leaves almost nothing for metaspace, thread stacks and buffers: the kernel OOM-kills the process before the heap fills.`, `MaxRAMPercentage=${setting[1]} deixa quase nada para metaspace, pilhas de threads e buffers: o kernel mata o processo antes de o heap encher.`);
      return pass(`The heap is ${setting[1]}% of the container's memory limit.`, `O heap é ${setting[1]}% do limite de memória do container.`);
    }),
    'exec-start': onFinalStage((final) => {
      const entrypoint = last(final, 'ENTRYPOINT');
      const cmd = last(final, 'CMD');
      const start = entrypoint ?? cmd;
      if (!start) {
        if (distrolessJava(final)) return fail('The distroless image runs java -jar, but no CMD names the jar.', 'A imagem distroless roda java -jar, mas nenhum CMD aponta o jar.');
        return fail('Nothing starts the JVM: there is no ENTRYPOINT or CMD.', 'Nada inicia a JVM: não há ENTRYPOINT nem CMD.');
      }
      if (!start.json)
        return fail(
          `"${start.text}" is in shell form: /bin/sh is PID 1 and does not pass SIGTERM on, so the JVM never runs its shutdown hooks and is SIGKILLed at the end of the grace period.`,
          `"${start.text}" está na forma shell: o /bin/sh é o PID 1 e não repassa o SIGTERM, então a JVM nunca roda os shutdown hooks e leva SIGKILL no fim do período de tolerância.`,
        );
      const words = withoutInit(start.json.map((word) => expand(word, start)));
      if (!entrypoint && distrolessJava(final)) {
        if (/\.jar$/.test(words[0] ?? '')) return pass('The distroless image\'s java -jar entrypoint runs the jar as PID 1.', 'O entrypoint java -jar da imagem distroless roda o jar como PID 1.');
        return fail(`On a distroless Java image CMD is appended to java -jar, so it must start with the jar, not "${words[0] ?? ''}".`, `Numa imagem distroless Java o CMD é somado ao java -jar, então ele precisa começar pelo jar, e não por "${words[0] ?? ''}".`);
      }
      if (baseName(words[0] ?? '') !== 'java')
        return fail(
          `The exec-form ${start.keyword} runs "${words[0] ?? ''}", not java${['sh', 'bash'].includes(baseName(words[0] ?? '')) ? ': a shell in a JSON array is still a shell in front of the JVM' : ''}.`,
          `O ${start.keyword} na forma exec roda "${words[0] ?? ''}", e não o java${['sh', 'bash'].includes(baseName(words[0] ?? '')) ? ': um shell num array JSON continua sendo um shell na frente da JVM' : ''}.`,
        );
      return pass(`The exec-form ${start.keyword} makes the JVM PID 1, so it gets SIGTERM.`, `O ${start.keyword} na forma exec faz da JVM o PID 1, então ela recebe o SIGTERM.`);
    }),
  },
};

export default graders;
