import { defineRule } from '../define-rule.ts';
import { EMPTY_SCOPE, type Scope, type VariableScope } from '../model/scope.ts';
import { NameIndex } from '../model/similar-names.ts';
import type { DockerfileModel, Instruction, Stage } from '../model/types.ts';
import { AUTOMATIC_ARGS, expandVariables } from '../model/variables.ts';
import type { SourceRange } from '../types.ts';

/** Instructions whose arguments Docker (not a shell) expands. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS: Record<string, readonly string[]> = { ADD: ['chown', 'chmod', 'checksum'], COPY: ['chown', 'chmod'], RUN: ['mount'] };
/** ARGs BuildKit sets for FROM lines; a stage sees them only after its own `ARG NAME`. */
const PLATFORM_ARGS = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT']);
/** BuildKit gives every stage a PATH, even FROM scratch. */
const ALWAYS_SET = 'PATH';

/** A piece of an instruction that BuildKit expands, with the names defined just for it (earlier pairs of the same ARG). */
interface ExpandedText {
  text: string;
  range: SourceRange;
  alsoDefined: ReadonlySet<string>;
}

function expandedTexts(instruction: Instruction): ExpandedText[] {
  const texts: ExpandedText[] = [];
  const none = new Set<string>();
  for (const flag of instruction.flags) {
    if (flag.value?.includes('$') && EXPANDED_FLAGS[instruction.keyword]?.includes(flag.name)) texts.push({ text: flag.value, range: flag.range, alsoDefined: none });
  }
  if (instruction.keyword === 'ARG') {
    const earlier = new Set<string>();
    for (const pair of instruction.pairs) {
      if (pair.hasValue && pair.rawValue.includes('$')) texts.push({ text: pair.rawValue, range: pair.valueRange ?? pair.range, alsoDefined: new Set(earlier) });
      earlier.add(pair.key);
    }
  } else if (EXPANDED.has(instruction.keyword) && instruction.argsText.includes('$')) {
    // ENV a=1 b=$a does not see a (that is env-self-reference's finding), so names of the same ENV are left alone here.
    const sameEnv = new Set(instruction.keyword === 'ENV' ? instruction.pairs.map((pair) => pair.key) : []);
    texts.push({ text: instruction.argsText, range: instruction.argsRange ?? instruction.keywordRange, alsoDefined: sameEnv });
  }
  return texts;
}

export default defineRule({
  meta: {
    id: 'undefined-var',
    aliases: { buildkit: ['UndefinedVar'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Use only variables that are defined', 'pt-BR': 'Use só variáveis que foram definidas' },
    description: {
      en: 'An undefined variable expands to an empty string, so `COPY app $APP_DIR` copies to the wrong place without any error. This rule reports variables used before their ARG/ENV, names that look like a typo of a declared one (or of PATH), platform ARGs such as TARGETARCH used without `ARG TARGETARCH` in the stage, and any undefined variable in a stage built FROM scratch. Variables an image sets cannot be seen here, so other names are left alone.',
      'pt-BR': 'Uma variável não definida vira string vazia, então `COPY app $APP_DIR` copia para o lugar errado sem erro nenhum. Esta regra aponta variáveis usadas antes do ARG/ENV, nomes que parecem erro de digitação de uma variável declarada (ou do PATH), ARGs de plataforma como TARGETARCH usados sem `ARG TARGETARCH` no estágio e qualquer variável não definida num estágio FROM scratch. Variáveis definidas pela imagem não aparecem aqui, então os demais nomes ficam de fora.',
    },
    examples: { bad: 'ARG APP_DIR=/app\nCOPY . $APP_DIRR', good: 'ARG APP_DIR=/app\nCOPY . $APP_DIR' },
    messages: {
      typo: { en: '${name} is not defined: did you mean ${suggestion}?', 'pt-BR': '${name} não está definida: você quis dizer ${suggestion}?' },
      platformArgNotDeclared: { en: '${name} is only set in stages that declare it: add "ARG {name}" to this stage first.', 'pt-BR': '${name} só tem valor nos estágios que a declaram: adicione "ARG {name}" a este estágio antes.' },
      undefined: { en: '${name} is not defined in this stage, so it expands to an empty string.', 'pt-BR': '${name} não está definida neste estágio, então vira uma string vazia.' },
      usedBeforeDefined: { en: '${name} is used before the {instruction} on line {line} defines it.', 'pt-BR': '${name} é usada antes do {instruction} da linha {line}, que a define.' },
    },
  },
  check(model, report) {
    const argsAbove = argsOfBaseStages();
    const definedLater = laterDefinitions();
    let index: NameIndex | null = null;
    const names = () => (index ??= declaredNames(model));
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        const texts = expandedTexts(instruction);
        if (texts.length === 0) continue;
        const scope = instruction.variables;
        const reported = new Set<string>();
        for (const { text, range, alsoDefined } of texts) {
          for (const reference of expandVariables(text, (name) => scope.get(name), model.escapeChar).references) {
            const name = reference.name;
            if (scope.has(name) || name === ALWAYS_SET || alsoDefined.has(name) || reference.hasFallback || reported.has(name) || argsAbove(stage).has(name)) continue;
            reported.add(name);
            const later = definedLater(stage, name, instruction.index);
            if (later) {
              report({ messageId: 'usedBeforeDefined', data: { name, instruction: later.keyword, line: later.range.line }, range });
            } else if (PLATFORM_ARGS.has(name)) {
              report({ messageId: 'platformArgNotDeclared', data: { name }, range });
            } else if (!AUTOMATIC_ARGS.has(name)) {
              const suggestion = closestDefined(names(), name, (known) => known === ALWAYS_SET || scope.has(known));
              if (suggestion) report({ messageId: 'typo', data: { name, suggestion }, range });
              // FROM scratch starts with no variables but PATH, so anything else is surely undefined.
              else if (stage.scratch) report({ messageId: 'undefined', data: { name }, range });
            }
          }
        }
      }
    }
  },
});

/** Every ARG and ENV name of the file, and PATH: the names a typo could have meant. */
function declaredNames(model: DockerfileModel): NameIndex {
  const index = new NameIndex();
  index.add(ALWAYS_SET);
  for (const instruction of model.instructions) {
    if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') for (const pair of instruction.pairs) index.add(pair.key);
  }
  return index;
}

/** The defined name nearest to `name` (at most 1 edit for short names, 2 for longer ones), or undefined. */
function closestDefined(index: NameIndex, name: string, isDefined: (known: string) => boolean): string | undefined {
  // Nearest first, then alphabetical; distances come from the index's walk, not recomputed per comparison.
  return index.nearest(name, name.length > 4 ? 2 : 1, (known) => known !== name && isDefined(known));
}

/**
 * `(stage) => ARG names declared in the stages it is built on` (BuildKit carries them into the stage), memoised along
 * the chains in persistent scopes, so a long chain of stages shares one structure instead of a copy per stage.
 */
function argsOfBaseStages(): (stage: Stage) => VariableScope {
  const declaredUpTo = new Map<Stage, Scope>();
  return (stage) => {
    const path: Stage[] = [];
    const seen = new Set<Stage>([stage]);
    let known: Scope = EMPTY_SCOPE;
    for (let current = stage.baseStage; current && !seen.has(current); current = current.baseStage) {
      const memo = declaredUpTo.get(current);
      if (memo) {
        known = memo;
        break;
      }
      seen.add(current);
      path.push(current);
    }
    for (let k = path.length - 1; k >= 0; k--) {
      for (const instruction of path[k].instructions) if (instruction.keyword === 'ARG') for (const pair of instruction.pairs) known = known.set(pair.key, null);
      declaredUpTo.set(path[k], known);
    }
    return known;
  };
}

/**
 * `(stage, name, index) => the first ARG or ENV of the stage after \`index\` that defines name`, from an index
 * of each stage's definitions built once, so thousands of undefined references do not each rescan the stage.
 */
function laterDefinitions(): (stage: Stage, name: string, index: number) => Instruction | undefined {
  const byStage = new Map<Stage, Map<string, Instruction[]>>();
  return (stage, name, index) => {
    let definitions = byStage.get(stage);
    if (!definitions) {
      definitions = new Map();
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
        for (const pair of instruction.pairs) {
          const list = definitions.get(pair.key);
          if (!list) definitions.set(pair.key, [instruction]);
          else if (list[list.length - 1] !== instruction) list.push(instruction);
        }
      }
      byStage.set(stage, definitions);
    }
    const list = definitions.get(name);
    if (!list) return undefined;
    // Instructions are in file order: binary search for the first one after index.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid].index > index) high = mid;
      else low = mid + 1;
    }
    return list[low];
  };
}
