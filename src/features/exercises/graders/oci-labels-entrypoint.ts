import type { Instruction, Stage } from '../../../checker/index.ts';
import { baseName, expand, inheritedInstructions } from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

const PROGRAM = 'thumbnailer';
const PREFIX = 'org.opencontainers.image.';
const KEYS = ['source', 'version', 'revision', 'created', 'licenses'] as const;
/** Values that change on every build: they must come from `--build-arg`. */
const PER_BUILD = ['revision', 'created'] as const;
/** Init processes that may stand before the program in an exec-form ENTRYPOINT (they forward signals). */
const INITS = new Set(['tini', 'dumb-init']);
/** One SPDX license id, or ids joined by AND / OR / WITH (`Apache-2.0`, `MIT OR Apache-2.0`). */
const SPDX = /^\(?[A-Za-z0-9.+-]+\)?(?: (?:AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$/;

interface Label {
  value: string;
  instruction: Instruction;
}

const unquote = (key: string) => key.replace(/^(["'])(.*)\1$/, '$2');

/** The labels a stage chain ends with (the last LABEL of a key wins), keyed by name. */
function labelsOf(stage: Stage): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'LABEL') continue;
    for (const pair of instruction.pairs) labels.set(unquote(pair.key), { value: pair.value, instruction });
  }
  return labels;
}

/** The value a label gets, an ARG without a default counting as filled in by `--build-arg`. */
function resolved(label: Label): string {
  const { variables } = label.instruction;
  return expand(label.value, (name) => (variables.has(name) && variables.get(name) === null ? `<${name}>` : variables.get(name))).trim();
}

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Whether a variable the LABEL reads was last declared by an ARG of the stage chain, not by an ENV. */
function fromBuildArg(stage: Stage, label: Label, name: string): boolean {
  let declaredBy: string | null = null;
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction === label.instruction) break;
    if ((instruction.keyword === 'ARG' || instruction.keyword === 'ENV') && instruction.pairs.some((pair) => pair.key === name)) declaredBy = instruction.keyword;
  }
  return declaredBy === 'ARG';
}

function last(stage: Stage, keyword: string): Instruction | null {
  return inheritedInstructions(stage).filter((instruction) => instruction.keyword === keyword).pop() ?? null;
}

/** The word of an exec-form ENTRYPOINT that names the program, after an init such as tini and its `--`. */
function programOf(json: string[]): string | null {
  let k = 0;
  if (INITS.has(baseName(json[0] ?? ''))) {
    k = 1;
    while (k < json.length && json[k].startsWith('-')) k++;
  }
  return json[k] ?? null;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'oci-labels': onFinalStage((final, submission) => {
      const labels = labelsOf(final);
      const elsewhere = submission.model.stages.filter((stage) => stage !== final).some((stage) => [...labelsOf(stage).keys()].some((key) => key.startsWith(PREFIX)));
      const missing = KEYS.filter((key) => !labels.has(PREFIX + key));
      if (missing.length > 0) {
        const list = missing.map((key) => PREFIX + key).join(', ');
        const where = elsewhere && missing.length === KEYS.length;
        return fail(
          where
            ? `The OCI labels are in the build stage, whose image config is thrown away: move them to the final stage (missing there: ${list}).`
            : `The final image has no label ${list}.`,
          where
            ? `As labels OCI estão no estágio de build, cuja configuração de imagem é descartada: leve-as para o estágio final (faltam lá: ${list}).`
            : `A imagem final não tem o label ${list}.`,
        );
      }
      for (const key of KEYS) {
        const label = labels.get(PREFIX + key)!;
        const value = resolved(label);
        if (value === '')
          return fail(
            `${PREFIX}${key} is empty: a variable it reads is not declared in the final stage before the LABEL (an ARG before the first FROM must be declared again, without a value, inside the stage).`,
            `${PREFIX}${key} está vazio: uma variável que ele lê não foi declarada no estágio final antes do LABEL (um ARG antes do primeiro FROM precisa ser declarado de novo, sem valor, dentro do estágio).`,
          );
        if (key === 'source' && !label.value.includes('$') && !/^(?:https?|git|ssh):\/\//.test(value))
          return fail(`${PREFIX}source is "${value}": the spec wants a URL to get the source code from, such as https://github.com/example/thumbnailer.`, `${PREFIX}source é "${value}": a especificação pede uma URL de onde baixar o código, como https://github.com/example/thumbnailer.`);
        if (key === 'licenses' && !label.value.includes('$') && !SPDX.test(value))
          return fail(`${PREFIX}licenses is "${value}", which is not an SPDX license expression: write the SPDX id, Apache-2.0.`, `${PREFIX}licenses é "${value}", que não é uma expressão de licença SPDX: escreva o identificador SPDX, Apache-2.0.`);
      }
      return pass('The final image carries the five OCI labels.', 'A imagem final carrega os cinco labels OCI.');
    }),
    'build-args': onFinalStage((final) => {
      const labels = labelsOf(final);
      for (const key of PER_BUILD) {
        const label = labels.get(PREFIX + key);
        if (!label) return fail(`The final image has no ${PREFIX}${key} label yet.`, `A imagem final ainda não tem o label ${PREFIX}${key}.`);
        const names = [...label.value.matchAll(REFERENCE)].map((match) => match[1]);
        if (names.length === 0)
          return fail(
            `${PREFIX}${key} is written in the Dockerfile ("${label.value}"), so every build claims the same ${key === 'revision' ? 'commit' : 'date'}: read it from an ARG that CI fills with --build-arg.`,
            `${PREFIX}${key} está escrito no Dockerfile ("${label.value}"), então todo build declara ${key === 'revision' ? 'o mesmo commit' : 'a mesma data'}: leia de um ARG que o CI preenche com --build-arg.`,
          );
        const name = names.find((candidate) => !fromBuildArg(final, label, candidate));
        if (name !== undefined)
          return fail(
            `${PREFIX}${key} reads $${name}, which is not an ARG of the final stage declared before the LABEL${label.instruction.variables.has(name) ? ' (it is an ENV, fixed in the Dockerfile and left in the running container)' : ''}: add "ARG ${name}" to the final stage, above the LABEL.`,
            `${PREFIX}${key} lê $${name}, que não é um ARG do estágio final declarado antes do LABEL${label.instruction.variables.has(name) ? ' (é um ENV, fixo no Dockerfile e que fica no container rodando)' : ''}: adicione "ARG ${name}" ao estágio final, acima do LABEL.`,
          );
      }
      return pass('The revision and the build date come from build arguments.', 'A revisão e a data do build vêm de argumentos de build.');
    }),
    'exec-entrypoint': onFinalStage((final) => {
      const entrypoint = last(final, 'ENTRYPOINT');
      if (!entrypoint) return fail('The image has no ENTRYPOINT: it still starts from CMD, which any argument to docker run replaces whole.', 'A imagem não tem ENTRYPOINT: ela ainda começa pelo CMD, que qualquer argumento do docker run substitui por inteiro.');
      if (!entrypoint.json)
        return fail(
          `"${entrypoint.text}" is in shell form: Docker runs it as /bin/sh -c, so sh is PID 1, SIGTERM never reaches ${PROGRAM}, and CMD is ignored. Write it as a JSON array.`,
          `"${entrypoint.text}" está na forma shell: o Docker roda como /bin/sh -c, então o sh é o PID 1, o SIGTERM não chega ao ${PROGRAM} e o CMD é ignorado. Escreva como um array JSON.`,
        );
      const program = programOf(entrypoint.json.map((word) => expand(word, entrypoint)));
      if (program === null || baseName(program) !== PROGRAM)
        return fail(
          `The exec-form ENTRYPOINT runs ${program === null ? 'nothing' : `"${program}"`}, not ${PROGRAM}${program && ['sh', 'bash', 'ash'].includes(baseName(program)) ? ': a shell in a JSON array is still a shell between docker stop and the program' : ''}.`,
          `O ENTRYPOINT na forma exec roda ${program === null ? 'nada' : `"${program}"`}, e não o ${PROGRAM}${program && ['sh', 'bash', 'ash'].includes(baseName(program)) ? ': um shell num array JSON continua sendo um shell entre o docker stop e o programa' : ''}.`,
        );
      return pass(`The exec-form ENTRYPOINT runs ${PROGRAM} as PID 1.`, `O ENTRYPOINT na forma exec roda o ${PROGRAM} como PID 1.`);
    }),
    'cmd-defaults': onFinalStage((final) => {
      const entrypoint = last(final, 'ENTRYPOINT');
      const cmd = last(final, 'CMD');
      if (!cmd) return fail('There is no CMD with the default flags.', 'Não há um CMD com as flags padrão.');
      if (!cmd.json)
        return fail(
          `"${cmd.text}" is in shell form: Docker would pass "/bin/sh", "-c" and the text as arguments to the ENTRYPOINT. Write the flags as a JSON array.`,
          `"${cmd.text}" está na forma shell: o Docker passaria "/bin/sh", "-c" e o texto como argumentos para o ENTRYPOINT. Escreva as flags como um array JSON.`,
        );
      if (!entrypoint || !entrypoint.json)
        return fail(
          entrypoint ? 'A shell-form ENTRYPOINT ignores CMD: its flags are never used.' : `With no ENTRYPOINT, CMD is the whole command: the defaults need an ENTRYPOINT that runs ${PROGRAM}.`,
          entrypoint ? 'Um ENTRYPOINT na forma shell ignora o CMD: as flags dele nunca são usadas.' : `Sem ENTRYPOINT, o CMD é o comando inteiro: as flags padrão precisam de um ENTRYPOINT que rode o ${PROGRAM}.`,
        );
      if (cmd.index < entrypoint.index && cmd.stageIndex !== entrypoint.stageIndex)
        return fail('The CMD comes from an earlier stage, and an ENTRYPOINT set later resets it: write the CMD after the ENTRYPOINT.', 'O CMD vem de um estágio anterior, e um ENTRYPOINT definido depois zera esse CMD: escreva o CMD depois do ENTRYPOINT.');
      const words = cmd.json.map((word) => expand(word, cmd));
      if (words.length > 0 && baseName(words[0]) === PROGRAM)
        return fail(
          `CMD starts with "${words[0]}": Docker appends CMD to the ENTRYPOINT, so the container would run "${PROGRAM} ${words.join(' ')}". Keep only the flags in CMD.`,
          `O CMD começa com "${words[0]}": o Docker junta o CMD ao fim do ENTRYPOINT, então o container rodaria "${PROGRAM} ${words.join(' ')}". Deixe só as flags no CMD.`,
        );
      const missing = ['--listen', '--workers'].filter((flag) => !words.some((word) => word === flag || word.startsWith(`${flag}=`)));
      if (missing.length > 0)
        return fail(`The CMD does not hold the default ${missing.join(' and ')}: they are the defaults that arguments to docker run replace.`, `O CMD não guarda o ${missing.join(' e o ')} padrão: são esses os padrões que os argumentos do docker run substituem.`);
      return pass('CMD holds the default flags, and arguments to docker run replace only them.', 'O CMD guarda as flags padrão, e os argumentos do docker run substituem só elas.');
    }),
  },
};

export default graders;
