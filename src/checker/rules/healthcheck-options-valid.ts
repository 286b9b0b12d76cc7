import { defineRule } from '../define-rule.ts';

const DURATION_FLAGS = ['interval', 'timeout', 'start-period', 'start-interval'];
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function durationInNanoseconds(value: string): number {
  let total = 0;
  for (const match of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(match[1]) * UNIT_NS[match[2]];
  return total;
}

export default defineRule({
  meta: {
    id: 'healthcheck-options-valid',
    aliases: {},
    severity: 'error',
    fixable: false,
    lesson: 'healthchecks-and-probes',
    title: { en: 'Use valid HEALTHCHECK durations and retries', 'pt-BR': 'Use durações e retries válidos no HEALTHCHECK' },
    description: {
      en: 'HEALTHCHECK durations are Go durations with a unit (`30s`, `1m30s`, `500ms`), at least 1ms unless 0, and `--retries` is a whole number. Docker rejects anything else when building.',
      'pt-BR': 'As durações do HEALTHCHECK seguem o formato do Go, com unidade (`30s`, `1m30s`, `500ms`), no mínimo 1ms quando não são 0, e o `--retries` é um número inteiro. O Docker rejeita qualquer outra coisa no build.',
    },
    examples: { bad: 'HEALTHCHECK --interval=30 --retries=three CMD /health', good: 'HEALTHCHECK --interval=30s --retries=3 CMD /health' },
    messages: {
      invalidDuration: { en: '--{flag}={value} is not a duration: write it with a unit, e.g. 30s or 1m30s.', 'pt-BR': '--{flag}={value} não é uma duração: escreva com unidade, por exemplo 30s ou 1m30s.' },
      tooShort: { en: '--{flag}={value} is shorter than the 1ms minimum (use 0 for the default).', 'pt-BR': '--{flag}={value} é menor que o mínimo de 1ms (use 0 para o padrão).' },
      invalidRetries: { en: '--retries={value} must be a whole number of 0 or more.', 'pt-BR': '--retries={value} precisa ser um número inteiro maior ou igual a 0.' },
    },
  },
  check(model, report) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'HEALTHCHECK') continue;
      for (const flag of instruction.flags) {
        const value = flag.value ?? '';
        const range = flag.valueRange ?? flag.range;
        if (value.includes('$')) continue;
        if (DURATION_FLAGS.includes(flag.name)) {
          if (value === '0') continue;
          if (!GO_DURATION.test(value)) report({ messageId: 'invalidDuration', data: { flag: flag.name, value }, range });
          else if (durationInNanoseconds(value) !== 0 && durationInNanoseconds(value) < 1e6) report({ messageId: 'tooShort', data: { flag: flag.name, value }, range });
        } else if (flag.name === 'retries' && !/^\d+$/.test(value)) {
          report({ messageId: 'invalidRetries', data: { value }, range });
        }
      }
    }
  },
});
