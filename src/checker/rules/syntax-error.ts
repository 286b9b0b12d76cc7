import { defineRule } from '../define-rule.ts';
import { parseCheckOptions } from '../model/instruction-syntax.ts';

export default defineRule({
  meta: {
    id: 'syntax-error',
    aliases: {},
    severity: 'error',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Dockerfile syntax error', 'pt-BR': 'Erro de sintaxe no Dockerfile' },
    description: {
      en: 'Docker refuses to build a Dockerfile it cannot parse, so nothing else matters until this is fixed. The message points at the exact place BuildKit would stop.',
      'pt-BR': 'O Docker se recusa a construir um Dockerfile que ele não consegue ler, então nada mais importa até isso ser corrigido. A mensagem aponta o lugar exato onde o BuildKit pararia.',
    },
    examples: { bad: 'FROM alpine:3.24\nRUNN echo hi', good: 'FROM alpine:3.24\nRUN echo hi' },
    messages: {
      unreadable: { en: 'The file could not be read: {reason}.', 'pt-BR': 'Não foi possível ler o arquivo: {reason}.' },
      invalidEscape: { en: 'Invalid escape directive "{value}": use a backslash (\\) or a backtick.', 'pt-BR': 'Diretiva escape inválida "{value}": use uma barra invertida (\\) ou uma crase.' },
      noInstructions: { en: 'The Dockerfile has no instructions.', 'pt-BR': 'O Dockerfile não tem nenhuma instrução.' },
      unknownInstruction: { en: 'Unknown instruction "{instruction}".', 'pt-BR': 'Instrução desconhecida "{instruction}".' },
      missingArguments: { en: '{instruction} needs at least one argument.', 'pt-BR': '{instruction} precisa de pelo menos um argumento.' },
      unknownFlag: { en: 'Unknown flag --{flag} for {instruction}.', 'pt-BR': 'A flag --{flag} não existe para {instruction}.' },
      flagNeedsValue: { en: 'The flag --{flag} needs a value (--{flag}=…).', 'pt-BR': 'A flag --{flag} precisa de um valor (--{flag}=…).' },
      jsonNotStringArray: { en: 'The JSON array of {instruction} must contain only strings.', 'pt-BR': 'O array JSON de {instruction} só pode conter strings.' },
      invalidJson: { en: 'The JSON array of {instruction} is not valid JSON (closing bracket, commas, double quotes), so Docker would run it as a shell command.', 'pt-BR': 'O array JSON de {instruction} não é um JSON válido (colchete de fechamento, vírgulas, aspas duplas), e o Docker o rodaria como comando de shell.' },
      copyNeedsTwoArguments: { en: '{instruction} needs a source and a destination.', 'pt-BR': '{instruction} precisa de uma origem e de um destino.' },
      healthcheckNoneArguments: { en: 'HEALTHCHECK NONE takes no arguments.', 'pt-BR': 'HEALTHCHECK NONE não aceita argumentos.' },
      healthcheckType: { en: 'Unknown HEALTHCHECK type "{type}": use CMD or NONE.', 'pt-BR': 'Tipo de HEALTHCHECK desconhecido "{type}": use CMD ou NONE.' },
      keyValueMissingValue: { en: '{instruction} {key} has no value.', 'pt-BR': '{instruction} {key} está sem valor.' },
      keyValueMissingEquals: { en: '"{word}" must be written as name=value in {instruction}.', 'pt-BR': '"{word}" precisa estar no formato nome=valor em {instruction}.' },
      unterminatedHeredoc: { en: 'The here-document {name} is never closed: add a line with just {name}.', 'pt-BR': 'O here-document {name} nunca é fechado: adicione uma linha contendo só {name}.' },
      noStage: { en: '{instruction} comes before the first FROM: only ARG may appear there.', 'pt-BR': '{instruction} aparece antes do primeiro FROM: ali só pode haver ARG.' },
      fromInvalidAs: { en: 'FROM must be written as "FROM image [AS name]".', 'pt-BR': 'O FROM deve ser escrito como "FROM imagem [AS nome]".' },
      invalidStageName: { en: 'Invalid stage name "{name}": it must start with a letter and contain only letters, digits, "-", "_" and ".".', 'pt-BR': 'Nome de estágio inválido "{name}": ele precisa começar com uma letra e ter só letras, dígitos, "-", "_" e ".".' },
      duplicateFlag: { en: 'The flag --{flag} is given more than once.', 'pt-BR': 'A flag --{flag} aparece mais de uma vez.' },
      flagNotBoolean: { en: 'The flag --{flag} takes true or false, not "{value}".', 'pt-BR': 'A flag --{flag} aceita true ou false, não "{value}".' },
      healthcheckMissingCommand: { en: 'HEALTHCHECK CMD needs a command to run.', 'pt-BR': 'O HEALTHCHECK CMD precisa de um comando para rodar.' },
      shellNotJson: { en: 'SHELL takes a JSON array, e.g. SHELL ["/bin/bash", "-c"].', 'pt-BR': 'O SHELL recebe um array JSON, por exemplo SHELL ["/bin/bash", "-c"].' },
      emptyVolume: { en: 'VOLUME paths cannot be empty.', 'pt-BR': 'Os caminhos do VOLUME não podem ser vazios.' },
      blankArgName: { en: 'ARG needs a name before the "=".', 'pt-BR': 'O ARG precisa de um nome antes do "=".' },
      invalidStopSignal: { en: '"{signal}" is not a signal: use a name such as SIGTERM or SIGQUIT, or its number.', 'pt-BR': '"{signal}" não é um sinal: use um nome como SIGTERM ou SIGQUIT, ou o número dele.' },
      invalidCheckDirective: { en: 'BuildKit cannot read the check directive "{value}": use skip=Rule1,Rule2 (or skip=all) and error=true|false, separated by ";".', 'pt-BR': 'O BuildKit não consegue ler a diretiva check "{value}": use skip=Regra1,Regra2 (ou skip=all) e error=true|false, separados por ";".' },
    },
  },
  check(model, report) {
    for (const problem of model.syntaxProblems) report({ messageId: problem.messageId, data: problem.data, range: problem.range });
    for (const directive of model.directives) {
      if (directive.name === 'check' && parseCheckOptions(directive.value) === null) report({ messageId: 'invalidCheckDirective', data: { value: directive.value }, range: directive.range });
    }
  },
});
